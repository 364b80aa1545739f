#!/usr/bin/env python3
"""Deterministic benchmark corpus for confguard (python3, standard library only).

Repository mode:
    generate-corpus.py --services N [--seed S] --out DIR

writes a multi-service repository:

    DIR/.env                                  repository-wide defaults
    DIR/services/<name>/.env                  service defaults
    DIR/services/<name>/.env.development      one file per environment
    DIR/services/<name>/.env.staging
    DIR/services/<name>/.env.production
    DIR/services/<name>/config/<env>.yaml     a YAML layer per environment
    DIR/services/<name>/schemas/<name>.schema.json
    DIR/.confguard.yaml                       the workspace: services, schemas, hierarchy, builtin:core,
                                              secrets verified against the inventory (berglas syntax)
    DIR/secrets-inventory.json                every secret the files reference, a few of them broken
                                              (missing, latest disabled, pinned version absent)

i.e. 8 files per service, plus the two workspace files. Each .env file is ~4-5 KB of realistic keys and values
(URLs, DSNs with credentials, ports, flags, UUIDs, GTM ids, secret-manager
references, plaintext-looking secrets, multi-line quoted PEM blocks) with a
sprinkling of lint defects (duplicate keys, lowercase keys, trailing whitespace,
missing final newline, `export` prefixes, quoted values ending in a literal \\n,
unterminated quotes, ...). 2,000 services give ~16,000 files and ~75 MB.

Big-file mode:
    generate-corpus.py --big-file LINES [--seed S] --out DIR

writes DIR/.env with LINES lines (~42 bytes a line), most of them carrying a
defect, e.g. 1,000,000 lines ~ 42 MB. Give one mode per run.

The same arguments always produce byte-identical output (random.Random(seed),
no set/dict-order or hash dependence, LF written explicitly).
"""

import argparse
import base64
import json
import os
import random
import re
import sys
import uuid

ENVIRONMENTS = ("development", "staging", "production")

WORDS = ("billing", "catalog", "checkout", "identity", "search", "payments", "ledger", "notify", "media",
         "orders", "pricing", "profile", "reports", "review", "routing", "session", "shipping", "stock",
         "tax", "users", "audit", "gateway", "inbox", "loyalty", "geo", "quota", "risk", "promo")
REGIONS = ("europe-west1", "us-central1", "us-east4", "asia-northeast1")
LEVELS = ("debug", "info", "warn", "error")
TZS = ("UTC", "Europe/Paris", "America/New_York", "Asia/Tokyo")


def uid(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def token(rng, n):
    return base64.urlsafe_b64encode(rng.getrandbits(8 * n).to_bytes(n, "big")).decode("ascii").rstrip("=")


def hexs(rng, n):
    return "%0*x" % (n, rng.getrandbits(4 * n))


def upper_alnum(rng, n):
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "".join(alphabet[rng.randrange(len(alphabet))] for _ in range(n))


def pem(rng, kind="PRIVATE KEY", lines=6):
    body = "\n".join(token(rng, 48)[:64] for _ in range(lines))
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (kind, body, kind)


class Service:
    def __init__(self, rng, index):
        self.index = index
        self.name = "%s-%s-%04d" % (WORDS[index % len(WORDS)], WORDS[(index * 7 + 3) % len(WORDS)], index)
        self.slug = self.name.replace("-", "_")
        self.prefix = self.slug.upper().rsplit("_", 1)[0]
        self.port = 3000 + index % 5000
        self.project = "acme-%s" % rng.choice(("prod", "shared", "platform", "data"))
        self.region = rng.choice(REGIONS)
        self.peers = [WORDS[rng.randrange(len(WORDS))] for _ in range(3)]


def host(svc, env):
    return "%s.%s.internal.acme.example" % (svc.name, env)


def entries_for(rng, svc, env):
    """(key, value, quote) triples for one env file; env None is the service's defaults file."""
    e = env or "development"
    short = {"development": "dev", "staging": "stg", "production": "prd"}[e]
    user = svc.slug[:12]
    pw = token(rng, 12)
    out = []
    add = lambda k, v, q="": out.append((k, v, q))  # noqa: E731

    out.append(("#", "# --- %s (%s) ---" % (svc.name, env or "defaults"), ""))
    add("APP_NAME", svc.name)
    add("APP_ENV", e)
    add("NODE_ENV", "production" if e != "development" else "development")
    add("LOG_LEVEL", rng.choice(LEVELS))
    add("LOG_FORMAT", rng.choice(("json", "pretty", "logfmt")))
    add("PORT", str(svc.port))
    add("HOST", "0.0.0.0")
    add("TZ", rng.choice(TZS))
    add("PUBLIC_URL", "https://%s.%s.acme.example" % (svc.name, short))
    add("API_BASE_URL", "https://api.%s.acme.example/v%d/%s" % (short, rng.randint(1, 3), svc.name))
    add("INSTANCE_ID", uid(rng))
    add("TENANT_ID", uid(rng))
    out.append(("", "", ""))
    out.append(("#", "# Databases", ""))
    add("DATABASE_URL", "postgres://%s:%s@%s:5432/%s_%s?sslmode=require" % (user, pw, host(svc, e), svc.slug, short))
    add("DATABASE_POOL_MIN", str(rng.randint(1, 4)))
    add("DATABASE_POOL_MAX", str(rng.choice((10, 20, 50, 100))))
    add("DATABASE_STATEMENT_TIMEOUT_MS", str(rng.choice((5000, 15000, 30000))))
    add("READ_REPLICA_URL", "postgresql://%s_ro:%s@replica-%d.%s:5432/%s" % (
        user, token(rng, 10), rng.randint(1, 3), host(svc, e), svc.slug))
    add("REDIS_URL", "redis://:%s@redis-%s.%s:6379/%d" % (token(rng, 9), short, svc.region, rng.randint(0, 15)))
    add("MONGO_URI", "mongodb+srv://%s:%s@cluster0.%s.mongodb.example/%s?retryWrites=true&w=majority" % (
        user, token(rng, 9), hexs(rng, 5), svc.slug))
    add("AMQP_URL", "amqps://%s:%s@mq.%s.acme.example:5671/%s" % (user, token(rng, 8), short, svc.slug))
    add("KAFKA_BROKERS", ",".join("kafka-%d.%s.acme.example:9093" % (i, short) for i in range(3)))
    add("KAFKA_TOPIC_EVENTS", "%s.%s.events.v1" % (short, svc.slug))
    add("ELASTICSEARCH_URL", "https://elastic:%s@search.%s.acme.example:9243" % (token(rng, 10), short))
    out.append(("", "", ""))
    out.append(("#", "# Secrets: references resolved at deploy time", ""))
    add("DB_PASSWORD", "sm://%s/%s-db-password" % (svc.project, svc.name))
    add("JWT_SIGNING_KEY", "projects/%s/secrets/%s-jwt/versions/%d" % (svc.project, svc.name, rng.randint(1, 9)))
    add("OAUTH_CLIENT_SECRET", "projects/%s/secrets/%s-oauth/versions/latest" % (svc.project, svc.name))
    add("STRIPE_API_KEY", "sm://%s/stripe-%s" % (svc.project, short))
    add("OAUTH_CLIENT_ID", "%d-%s.apps.acme.example" % (rng.randint(10**11, 10**12 - 1), hexs(rng, 24)))
    add("OAUTH_TOKEN_URL", "https://auth.%s.acme.example/oauth2/token" % short)
    add("SESSION_COOKIE_NAME", "__%s_sid" % svc.slug[:10])
    add("SESSION_TTL", str(rng.choice((3600, 7200, 86400))))
    out.append(("#", "# TODO(%s): move these to the secret manager" % rng.choice(("alice", "bob", "ops")), ""))
    add("SESSION_SECRET", token(rng, 32))
    add("AWS_ACCESS_KEY_ID", "AKIA" + upper_alnum(rng, 16))
    add("AWS_SECRET_ACCESS_KEY", token(rng, 30))
    add("WEBHOOK_SIGNING_SECRET", "whsec_" + token(rng, 24))
    add("SENDGRID_API_KEY", "SG.%s.%s" % (token(rng, 16), token(rng, 32)))
    out.append(("", "", ""))
    out.append(("#", "# Observability", ""))
    add("SENTRY_DSN", "https://%s@o%d.ingest.sentry.example/%d" % (hexs(rng, 32), rng.randint(10000, 999999),
                                                                    rng.randint(100000, 9999999)))
    add("SENTRY_TRACES_SAMPLE_RATE", rng.choice(("0.01", "0.05", "0.1", "1.0")))
    add("OTEL_EXPORTER_OTLP_ENDPOINT", "http://otel-collector.%s.svc:4317" % short)
    add("OTEL_SERVICE_NAME", svc.name)
    add("OTEL_RESOURCE_ATTRIBUTES", "deployment.environment=%s,service.version=%d.%d.%d" % (
        e, rng.randint(0, 3), rng.randint(0, 40), rng.randint(0, 99)), '"')
    add("METRICS_PORT", str(9000 + svc.index % 900))
    add("GTM_ID", "GTM-" + upper_alnum(rng, 7))
    add("GA_MEASUREMENT_ID", "G-" + upper_alnum(rng, 10))
    out.append(("", "", ""))
    out.append(("#", "# Features and limits", ""))
    for flag in ("NEW_CHECKOUT", "DARK_MODE", "BETA_SEARCH", "AUDIT_LOG", "RATE_LIMIT"):
        add("FEATURE_%s_ENABLED" % flag, rng.choice(("true", "false", "1", "0")))
    add("RATE_LIMIT_PER_MINUTE", str(rng.choice((60, 120, 600, 6000))))
    add("REQUEST_TIMEOUT_MS", str(rng.choice((1000, 2500, 5000, 30000))))
    add("MAX_UPLOAD_BYTES", str(rng.choice((1048576, 10485760, 52428800))))
    add("WORKER_CONCURRENCY", str(rng.randint(1, 32)))
    add("CORS_ALLOWED_ORIGINS", ",".join("https://%s.%s.acme.example" % (p, short) for p in ("app", "admin", "www")))
    add("SUPPORT_EMAIL_FROM", "Acme %s <no-reply@acme.example>" % svc.name.split("-")[0].title(), '"')
    add("MAINTENANCE_MESSAGE", "We'll be back at %02d:00 UTC" % rng.randint(0, 23), '"')
    add("CRON_CLEANUP", "%d */%d * * *" % (rng.randint(0, 59), rng.randint(1, 6)), "'")
    add("DEFAULT_LOCALE", rng.choice(("en-US", "en-GB", "fr-FR", "de-DE", "ja-JP")))
    add("SUPPORTED_LOCALES", "en-US,en-GB,fr-FR,de-DE,es-ES,ja-JP")
    add("HEALTHCHECK_PATH", "/healthz")
    add("GRACEFUL_SHUTDOWN_SECONDS", str(rng.choice((10, 30, 60))))
    add("SMTP_HOST", "smtp.%s.acme.example" % short)
    add("SMTP_PORT", rng.choice(("25", "465", "587")))
    add("SMTP_USERNAME", "%s@acme.example" % svc.name)
    add("SMTP_PASSWORD", "sm://%s/%s-smtp" % (svc.project, svc.name))
    add("CDN_URL", "https://cdn-%s.acme.example/%s/%s" % (short, svc.name, hexs(rng, 8)))
    add("PUBSUB_TOPIC", "projects/%s/topics/%s-%s-events" % (svc.project, svc.name, short))
    add("PUBSUB_SUBSCRIPTION", "projects/%s/subscriptions/%s-%s-worker" % (svc.project, svc.name, short))
    add("GCP_PROJECT", svc.project)
    add("GCP_REGION", svc.region)
    add("GCS_BUCKET", "acme-%s-%s-%s" % (short, svc.name, hexs(rng, 4)))
    for peer in svc.peers:
        add("%s_SERVICE_URL" % peer.upper(), "http://%s.%s.svc.cluster.local:%d" % (peer, short, rng.choice((80, 8080))))
    add("%s_CACHE_TTL" % svc.prefix, str(rng.choice((30, 60, 300, 900))))
    add("%s_BATCH_SIZE" % svc.prefix, str(rng.choice((50, 100, 500))))
    add("%s_ALLOWED_IPS" % svc.prefix, ",".join("10.%d.%d.0/24" % (rng.randint(0, 255), rng.randint(0, 255))
                                                 for _ in range(3)))
    add("GREETING_TEMPLATE", "Hello ${USER_NAME:-friend}, welcome to %s" % svc.name, '"')
    add("CALLBACK_URL", "${PUBLIC_URL}/oauth/callback", '"')
    if rng.random() < 0.6:
        out.append(("", "", ""))
        add("TLS_PRIVATE_KEY", pem(rng, "PRIVATE KEY", rng.randint(4, 8)), '"')
    if rng.random() < 0.3:
        add("GOOGLE_APPLICATION_CREDENTIALS_JSON", json.dumps({
            "type": "service_account", "project_id": svc.project,
            "private_key_id": hexs(rng, 40), "client_email": "%s@%s.iam.example" % (svc.name[:20], svc.project)},
            separators=(",", ":")), "'")
    return out


def quote_value(value, q):
    return q + value + q if q else value


def render_env(rng, entries, defects=True):
    """Lines of one .env file; defects is the chance-driven sprinkling."""
    lines = []
    keys_seen = []
    for key, value, q in entries:
        if key == "#":
            lines.append(value)
            continue
        if key == "":
            lines.append("")
            continue
        k = key
        v = quote_value(value, q)
        prefix = ""
        sep = "="
        suffix = ""
        if defects:
            r = rng.random()
            if r < 0.015:
                k = key.lower()                       # dotenv/lowercase-key
            elif r < 0.03:
                prefix = "export "                    # dotenv/export-prefix
            elif r < 0.045:
                suffix = rng.choice((" ", "  ", "\t"))  # dotenv/trailing-whitespace
            elif r < 0.05 and not q and "\n" not in value:
                v = '"' + value + '\\n"'             # dotenv/quoted-value-whitespace (literal \n)
            elif r < 0.055:
                sep = " = "                           # dotenv/space-character
            elif r < 0.058 and not q and "\n" not in value:
                v = '"' + value                       # dotenv/unterminated-quote (runs to the next quote)
            elif r < 0.062:
                v = '"' + value.replace('"', '') + '"' if not q else v  # dotenv/quote-character
        lines.append(prefix + k + sep + v + suffix)
        keys_seen.append((k, v))
        if defects and rng.random() < 0.01 and keys_seen:
            dk, dv = keys_seen[rng.randrange(len(keys_seen))]
            lines.append(dk + "=" + dv)             # dotenv/duplicate-key
    text = "\n".join(lines)
    if not (defects and rng.random() < 0.08):
        text += "\n"                                 # else dotenv/missing-final-newline
    return text


def render_yaml(rng, svc, env):
    short = {"development": "dev", "staging": "stg", "production": "prd"}[env]
    out = ["# %s configuration for %s" % (env, svc.name), "service:", "  name: %s" % svc.name,
           "  environment: %s" % env, "  owner: team-%s" % svc.name.split("-")[0],
           "  version: %d.%d.%d" % (rng.randint(0, 3), rng.randint(0, 40), rng.randint(0, 99)),
           "server:", "  port: %d" % svc.port, "  host: 0.0.0.0",
           "  readTimeout: %ds" % rng.choice((5, 10, 30)), "  writeTimeout: %ds" % rng.choice((5, 10, 30)),
           "  cors:", "    allowedOrigins:"]
    out += ["      - https://%s.%s.acme.example" % (p, short) for p in ("app", "admin", "www")]
    out += ["database:", "  host: %s" % host(svc, env), "  port: 5432", "  name: %s_%s" % (svc.slug, short),
            "  user: %s" % svc.slug[:12], "  passwordRef: sm://%s/%s-db-password" % (svc.project, svc.name),
            "  pool:", "    min: %d" % rng.randint(1, 4), "    max: %d" % rng.choice((10, 20, 50)),
            "    idleTimeout: %ds" % rng.choice((30, 60, 300)), "cache:",
            "  url: redis://redis-%s.%s:6379/%d" % (short, svc.region, rng.randint(0, 15)),
            "  ttlSeconds: %d" % rng.choice((30, 60, 300)), "features:"]
    for flag in ("newCheckout", "darkMode", "betaSearch", "auditLog", "rateLimit", "asyncExports",
                 "smartRetry", "multiRegion"):
        out.append("  %s: %s" % (flag, rng.choice(("true", "false"))))
    out += ["logging:", "  level: %s" % rng.choice(LEVELS), "  format: json", "  fields:"]
    out += ["    %s: %s" % (k, v) for k, v in (("service", svc.name), ("env", env), ("region", svc.region))]
    out += ["clients:"]
    for peer in svc.peers + [WORDS[rng.randrange(len(WORDS))] for _ in range(rng.randint(4, 6))]:
        out += ["  - name: %s" % peer, "    url: http://%s.%s.svc.cluster.local:8080" % (peer, short),
                "    timeoutMs: %d" % rng.choice((500, 1000, 2500)), "    retries: %d" % rng.randint(0, 5),
                "    circuitBreaker:", "      failureThreshold: %d" % rng.randint(3, 10),
                "      resetTimeout: %ds" % rng.choice((10, 30, 60))]
    out += ["jobs:"]
    for j in range(rng.randint(4, 7)):
        out += ["  - id: %s-job-%d" % (svc.name, j), "    schedule: \"%d */%d * * *\"" % (rng.randint(0, 59),
                                                                                      rng.randint(1, 12)),
                "    enabled: %s" % rng.choice(("true", "false")), "    timeout: %dm" % rng.choice((5, 15, 60)),
                "    description: >-", "      Periodic %s task for %s in %s; owned by the %s team." % (
                    rng.choice(("cleanup", "export", "reindex", "reconcile")), svc.name, env, svc.name.split("-")[0])]
    out += ["observability:", "  sentryDsnRef: sm://%s/%s-sentry" % (svc.project, svc.name),
            "  tracesSampleRate: %s" % rng.choice(("0.01", "0.1", "1.0")),
            "  gtmId: GTM-%s" % upper_alnum(rng, 7), "  instanceId: %s" % uid(rng)]
    return "\n".join(out) + "\n"


def render_schema(rng, svc):
    props = {}
    for name in ("APP_NAME", "APP_ENV", "LOG_LEVEL", "PORT", "PUBLIC_URL", "API_BASE_URL", "INSTANCE_ID",
                 "DATABASE_URL", "DATABASE_POOL_MIN", "DATABASE_POOL_MAX", "REDIS_URL", "MONGO_URI", "AMQP_URL",
                 "KAFKA_BROKERS", "DB_PASSWORD", "JWT_SIGNING_KEY", "OAUTH_CLIENT_SECRET", "STRIPE_API_KEY",
                 "SESSION_SECRET", "SENTRY_DSN", "GTM_ID", "GA_MEASUREMENT_ID", "RATE_LIMIT_PER_MINUTE",
                 "REQUEST_TIMEOUT_MS", "MAX_UPLOAD_BYTES", "WORKER_CONCURRENCY", "CORS_ALLOWED_ORIGINS",
                 "GCP_PROJECT", "GCP_REGION", "GCS_BUCKET", "TLS_PRIVATE_KEY"):
        if name in ("PORT", "DATABASE_POOL_MIN", "DATABASE_POOL_MAX", "RATE_LIMIT_PER_MINUTE", "REQUEST_TIMEOUT_MS",
                    "MAX_UPLOAD_BYTES", "WORKER_CONCURRENCY"):
            p = {"type": "integer", "minimum": 0, "maximum": rng.choice((65535, 1000000, 2147483647))}
        elif name.endswith("_URL") or name.endswith("_URI") or name == "SENTRY_DSN":
            p = {"type": "string", "format": "uri", "pattern": "^[a-z][a-z0-9+.-]*://"}
        elif name in ("DB_PASSWORD", "JWT_SIGNING_KEY", "OAUTH_CLIENT_SECRET", "STRIPE_API_KEY", "SESSION_SECRET"):
            p = {"type": "string", "x-confguard-secret": True,
                 "pattern": "^(sm://[^/]+/.+|projects/[^/]+/secrets/[^/]+/versions/[^/]+)$"}
        elif name == "GTM_ID":
            p = {"type": "string", "pattern": "^GTM-[A-Z0-9]{6,8}$"}
        elif name == "LOG_LEVEL":
            p = {"type": "string", "enum": list(LEVELS)}
        elif name == "APP_ENV":
            p = {"type": "string", "enum": list(ENVIRONMENTS)}
        else:
            p = {"type": "string", "minLength": 1}
        p["description"] = "%s for %s (owner: team-%s)." % (name.replace("_", " ").lower().capitalize(), svc.name,
                                                            svc.name.split("-")[0])
        props[name] = p
    schema = {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "$id": "https://schemas.acme.example/%s.schema.json" % svc.name,
        "title": "%s environment" % svc.name,
        "type": "object",
        "required": ["APP_NAME", "APP_ENV", "PORT", "DATABASE_URL", "DB_PASSWORD"],
        "additionalProperties": True,
        "properties": props,
    }
    return json.dumps(schema, indent=2) + "\n"


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)
    return len(text.encode("utf-8"))


def generate_repo(n, seed, out):
    rng = random.Random(seed)
    files = 0
    size = 0
    root_entries = [("#", "# Repository-wide defaults", ""), ("ORG_NAME", "acme", ""),
                    ("DEFAULT_REGION", "europe-west1", ""), ("DEFAULT_LOG_LEVEL", "info", ""),
                    ("COMPANY_DOMAIN", "acme.example", ""), ("GTM_ID", "GTM-" + upper_alnum(rng, 7), "")]
    size += write(os.path.join(out, ".env"), render_env(rng, root_entries, defects=False))
    files += 1
    names = []
    for i in range(n):
        svc = Service(rng, i)
        base = os.path.join(out, "services", svc.name)
        size += write(os.path.join(base, ".env"), render_env(rng, entries_for(rng, svc, None)))
        files += 1
        for env in ENVIRONMENTS:
            size += write(os.path.join(base, ".env." + env), render_env(rng, entries_for(rng, svc, env)))
            size += write(os.path.join(base, "config", env + ".yaml"), render_yaml(rng, svc, env))
            files += 2
        size += write(os.path.join(base, "schemas", svc.name + ".schema.json"), render_schema(rng, svc))
        files += 1
        names.append(svc.name)
    size += write(os.path.join(out, ".confguard.yaml"), render_workspace(names))
    size += write(os.path.join(out, "secrets-inventory.json"), render_inventory(out, names, seed))
    return files + 2, size


SM_REF = re.compile(r"sm://([a-z][a-z0-9-]+)/([A-Za-z0-9_-]+)")
NAME_REF = re.compile(r"projects/([a-z][a-z0-9-]+)/secrets/([A-Za-z0-9_-]+)/versions/([0-9]+|latest)")


def render_workspace(names):
    out = ["# The benchmark workspace (bench/generate-corpus.py): every service with its schema, the hierarchy,",
           "# builtin:core, and secret references verified offline against secrets-inventory.json.",
           "version: 1", "environments:", "  - name: development", "    deployed: false", "  - staging",
           "  - production", "hierarchy:", "  - .env", '  - "{service}/.env"', '  - "{service}/.env.{env}"',
           '  - "{service}/config/{env}.yaml"', "rules:", "  packs: [builtin:core]", "secrets:", "  store: inventory",
           "  inventory: secrets-inventory.json", "  syntax: berglas", "services:"]
    for name in names:
        out += ["  - name: %s" % name, "    path: services/%s" % name,
                "    schema: services/%s/schemas/%s.schema.json" % (name, name)]
    return "\n".join(out) + "\n"


def render_inventory(out, names, seed):
    """Metadata of every referenced secret (read back from the files written), with about 6% broken."""
    wanted = {}
    for name in names:
        base = os.path.join(out, "services", name)
        for rel in [".env"] + [".env." + e for e in ENVIRONMENTS] + ["config/%s.yaml" % e for e in ENVIRONMENTS]:
            with open(os.path.join(base, rel), encoding="utf-8") as f:
                text = f.read()
            for project, secret in SM_REF.findall(text):
                wanted.setdefault((project, secret), 1)
            for project, secret, version in NAME_REF.findall(text):
                pinned = int(version) if version.isdigit() else 1
                wanted[(project, secret)] = max(wanted.get((project, secret), 1), pinned)
    rng = random.Random(seed * 104729 + len(names))
    projects = {}
    for (project, secret), versions in sorted(wanted.items()):
        fate = rng.random()
        if fate < 0.02:
            continue                                     # missing secret
        count = versions if fate >= 0.04 else max(versions - 1, 0)   # 2%: the pinned version is absent
        entries = {}
        for v in range(1, count + 1):
            state = "ENABLED" if rng.random() > 0.1 or v == count else rng.choice(("DISABLED", "DESTROYED"))
            entries[str(v)] = {"state": state, "createTime": "2026-%02d-%02dT10:00:00Z" % (1 + v % 12, 1 + v % 28)}
        if count and 0.04 <= fate < 0.06:
            entries[str(count)]["state"] = "DISABLED"     # latest disabled
        projects.setdefault(project, {"secrets": {}})["secrets"][secret] = {"versions": entries}
    doc = {"inventoryVersion": 1, "source": "bench/generate-corpus.py", "projects": projects}
    return json.dumps(doc, indent=1, sort_keys=True) + "\n"


BIG_KINDS = (
    # (weight, template); {k} a unique key, {v} a value; most lines carry a defect
    (10, "{k}={v}"),                                      # clean
    (8, "{lk}={v}"),                                      # lowercase-key
    (8, "{k}={v}  "),                                     # trailing-whitespace
    (8, "export {k}={v}"),                                # export-prefix
    (8, "{k} = {v}"),                                     # space-character
    (7, "{k}=\"{v}\""),                                   # quote-character
    (7, "{k}=\"{v}\\n\""),                                # quoted-value-whitespace
    (6, "{k}=two words {v}"),                             # value-without-quotes
    (5, "{dk}={v}"),                                      # duplicate-key
    (5, "  {k}={v}"),                                     # leading-character
    (5, "{k}"),                                           # key-without-value
    (4, "{k}.{n}={v}"),                                   # incorrect-delimiter
    (4, "{k}=${{{n}"),                                    # substitution-key (unclosed)
    (4, "{k}=a\\nb{n}"),                                  # literal-newline-escape
    (3, "1{k}={v}"),                                      # leading-character (digit)
    (3, "# comment {n} about {k}"),                       # comment
    (2, ""),                                              # blank (pairs make extra-blank-line)
    (2, "{k}=\"{v}\" trailing"),                          # syntax-error (text after closing quote)
    (1, "NOT A PAIR {n}"),                                # syntax-error
)


def generate_big(lines, seed, out):
    rng = random.Random(seed * 7919 + lines)
    table = []
    for weight, template in BIG_KINDS:
        table += [template] * weight
    keys = []
    parts = []
    for i in range(lines):
        template = table[rng.randrange(len(table))]
        k = "%s_SETTING_%07d" % (WORDS[(i * 31) % len(WORDS)].upper(), i)
        dk = keys[rng.randrange(len(keys))] if keys else k
        v = "%s-%s" % (WORDS[i % len(WORDS)], hexs(rng, 12))
        line = template.format(k=k, lk=k.lower(), dk=dk, v=v, n=i % 1000)
        if len(keys) < 10000 and line.startswith(k + "="):
            keys.append(k)
        parts.append(line)
    path = os.path.join(out, ".env")
    text = "\n".join(parts) + "\n"
    return write(path, text), path


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--services", type=int, default=0, help="number of services (repository mode)")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument("--out", required=True, help="output folder (created; existing files are overwritten)")
    ap.add_argument("--big-file", type=int, metavar="LINES", help="write OUT/.env with LINES lines")
    args = ap.parse_args(argv)
    if (args.services > 0) == bool(args.big_file):
        ap.error("give either --services N or --big-file LINES")
    os.makedirs(args.out, exist_ok=True)
    if args.services > 0:
        files, size = generate_repo(args.services, args.seed, args.out)
        print("%s: %d services, %d files, %.1f MB" % (args.out, args.services, files, size / 1e6))
    if args.big_file:
        size, path = generate_big(args.big_file, args.seed, args.out)
        print("%s: %d lines, %.1f MB" % (path, args.big_file, size / 1e6))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
