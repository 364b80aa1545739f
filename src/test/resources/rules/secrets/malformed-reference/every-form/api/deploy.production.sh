#!/bin/sh
gcloud run deploy api --set-secrets "DB_PASSWORD=db-password:1,/etc/tls/key=session-key:latest"
