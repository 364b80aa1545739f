#!/bin/sh
# expect: secrets/cross-environment-reference
gcloud run deploy api --set-secrets API_TOKEN=projects/acme-staging/secrets/api-token:latest
