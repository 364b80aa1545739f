#!/bin/sh
# expect: secrets/malformed-reference
gcloud run deploy api --set-secrets=DB_PASSWORD=db-password:latest,TOKEN
