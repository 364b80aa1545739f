#!/bin/sh
# netra_backend, production deploy: the secrets come from Secret Manager in netra-production.
set -eu
gcloud run deploy netra-backend --project netra-production --region us-central1 \
  --image gcr.io/netra-production/netra-backend:latest \
  --set-secrets JWT_SECRET_KEY=jwt-secret-production:latest,SERVICE_SECRET=service-secret-production:2,FERNET_KEY=fernet-key-production:latest,GEMINI_API_KEY=gemini-api-key:latest
