package dev.confguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plants secret values in a workspace (in secret-named keys, URLs, broken lines, YAML layers, keys a
 * schema marks {@code x-secret}, values that break the schema in a file without other findings) and
 * checks that no command, in any format, prints any of them, nor their base64.
 */
class SecretLeakTest {
    static final List<String> PLANTED = List.of("hunter2-Planted-Secret-1", "Zz9PlantedPw2xQ", "plantedtok3nABCDEF",
            "yaml-Planted-Secret-4", "colon-Planted-Secret-5", "backend-Planted-Jwt-6-0123456789abcdefXYZ",
            "auth-Planted-Jwt-7-0123456789abcdefXYZ", "shared-Planted-Service-8-0123456789abcdef",
            "Planted9Oauth-Client-Secret", "Planted-Pg-Pass-10", "AKIAPLANTED0SECRET11",
            "handshake-Planted-Secret-12", "Planted13NotANumber", "Planted14Signing");

    @TempDir
    Path dir;

    private void write(String name, String content) throws IOException {
        TestFiles.write(dir, name, content);
    }

    /** A file a command wrote (then removed, so the next command starts clean), or "". */
    private String written(String name) throws IOException {
        Path file = dir.resolve(name);
        if (!Files.exists(file)) {
            return "";
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Files.delete(file);
        return text;
    }

    @Test
    void noCommandPrintsAPlantedSecret() throws IOException {
        write("svc/.env", "JWT_SECRET_KEY=" + PLANTED.get(0) + " trailing\nDB_PASSWORD=\"" + PLANTED.get(0) + "\"\n");
        write("svc/.env.staging", "DATABASE=postgres://app:" + PLANTED.get(1) + "@db:5432/x extra\n"
                + "API_TOKEN='" + PLANTED.get(2) + "'\nAPI_TOKEN=" + PLANTED.get(2) + "\nX=${API_TOKEN}\n"
                + "DB_PASSWORD:" + PLANTED.get(4) + "\n");
        write("svc/.env.production", "SERVICE_SECRET=\"" + PLANTED.get(0) + "\n");
        write("svc/config/staging.yaml", "database:\n  password: " + PLANTED.get(3) + "\n  password: again\n"
                + "flag: on\n");
        // Cross-service and cross-environment comparisons of planted secrets (builtin:netra): two JWT
        // secrets that differ, a service secret shared by staging and production, literal secrets in
        // deployed files, a password inside a URL; compared by fingerprint, never printed.
        write("netra_backend/.env.staging", "JWT_SECRET_KEY=" + PLANTED.get(5) + "\nSERVICE_SECRET=" + PLANTED.get(7)
                + "\nPOSTGRES_PASSWORD=" + PLANTED.get(9) + "\nDATABASE_URL=postgresql://netra:" + PLANTED.get(9)
                + "@db.example.com/netra_staging\n");
        write("auth_service/.env.staging", "JWT_SECRET_KEY=" + PLANTED.get(6) + "\nSERVICE_SECRET=" + PLANTED.get(7)
                + "\nGOOGLE_OAUTH_CLIENT_SECRET_STAGING=" + PLANTED.get(8) + "\nPOSTGRES_PASSWORD=x" + PLANTED.get(9) + "\n");
        write("netra_backend/.env.production", "UPLOAD_HINT=" + PLANTED.get(10) + "\n");
        write("auth_service/.env.production", "JWT_SECRET_KEY=" + PLANTED.get(6) + "\nSERVICE_SECRET=" + PLANTED.get(7)
                + "\nGOOGLE_OAUTH_CLIENT_SECRET_PRODUCTION=" + PLANTED.get(8) + "\n");
        // keys that only the schema says are secret, and values that break it, in a file no file rule flags
        write("svc/.env.staging.local", "INTERNAL_HANDSHAKE=" + PLANTED.get(11) + "\nHANDSHAKE_COUNT=" + PLANTED.get(12)
                + "\nSIGNING_KEY=" + PLANTED.get(13) + "\n");
        write("schemas/svc.schema.json", "{\"properties\": {"
                + "\"INTERNAL_HANDSHAKE\": {\"type\": \"string\", \"x-secret\": true, \"pattern\": \"^zz\"},"
                + "\"HANDSHAKE_COUNT\": {\"type\": \"integer\", \"x-secret\": true},"
                + "\"SIGNING_KEY\": {\"type\": \"string\", \"minLength\": 32, \"format\": \"secret-ref\"}}}");
        // secret references beside the planted values: verified against an inventory by check and audit
        write("svc/.env.staging.local2", "");
        write("svc/deploy/staging.yaml", "secrets:\n  API_TOKEN: api-token:latest\n  OTHER: missing:1\n");
        write("inventory.json", "{\"inventoryVersion\": 1, \"projects\": {\"p-staging\": {\"secrets\": {"
                + "\"api-token\": {\"versions\": {\"1\": {\"state\": \"DISABLED\", \"createTime\": "
                + "\"2026-01-01T00:00:00Z\"}}}}}, \"p-production\": {\"secrets\": {}}}}");
        List<String[]> commands = new ArrayList<>();
        for (String format : List.of("text", "json", "sarif", "junit", "github")) {
            commands.add(new String[] {"check", "--format", format});
            commands.add(new String[] {"check", "--format", format, "--select", "dotenv,yaml,resolve", "--fail-on",
                    "never"});
            commands.add(new String[] {"lint", "--format", format, "svc"});
            commands.add(new String[] {"lint", "--format", format, "."});
            commands.add(new String[] {"check", "--rules", "builtin:netra", "--format", format});
            commands.add(new String[] {"check", "--format", format, "--select", "schema"});
            commands.add(new String[] {"check", "--format", format, "--secrets", "inventory", "--inventory",
                    "inventory.json", "--config", "secrets.confguard.yaml"});
            commands.add(new String[] {"check", "--format", format, "--output", "report.out"});
        }
        for (String format : List.of("text", "json")) {
            commands.add(new String[] {"diff", "-e", "staging", "-e", "production", "--format", format});
            commands.add(new String[] {"secrets", "audit", "--format", format, "--secrets", "inventory", "--inventory",
                    "inventory.json", "--config", "secrets.confguard.yaml"});
        }
        commands.add(new String[] {"fix", "--dry-run", "--diff", "."});
        commands.add(new String[] {"fix", "--dry-run", "--diff", "--unsafe-fixes", "."});
        commands.add(new String[] {"baseline", "create", "--output", "baseline.json"});
        commands.add(new String[] {"schema", "infer", "-s", "svc"});
        commands.add(new String[] {"schema", "infer", "-s", "svc", "-o", "inferred.json"});
        commands.add(new String[] {"init", "--stdout"});
        commands.add(new String[] {"explain", "core/plaintext-credential"});
        commands.add(new String[] {"rules"});
        for (String env : List.of("staging", "production", "development")) {
            for (String format : List.of("text", "json", "dotenv")) {
                commands.add(new String[] {"resolve", "-s", "svc", "-e", env, "--format", format, "--show-origin"});
            }
        }
        CliRun netra = CliRun.in(dir, "check", "--rules", "builtin:netra", "--format", "json");
        assertThat(LintCommandTest.ruleIds(netra.out())).as(netra.err()).contains("netra/jwt-secret-name",
                "core/secret-reuse", "core/plaintext-credential", "netra/oauth-client-reuse",
                "netra/database-secret-match").contains("core/plaintext-credential").doesNotContain("dotenv/invalid-directive");
        CliRun schemaRun = CliRun.in(dir, "check", "--select", "schema");
        assertThat(schemaRun.out()).as("the schema findings the planted values cause")
                .contains("INTERNAL_HANDSHAKE must match ^zz", "HANDSHAKE_COUNT must be an integer, got <redacted",
                        "SIGNING_KEY must be a valid secret-ref");
        write("secrets.confguard.yaml", "version: 1\nenvironments: [development, staging, production]\n"
                + "services: [{name: svc}]\nhierarchy: [\"{service}/.env\", \"{service}/.env.{env}\", \"{service}/.env.{env}.local\"]\n"
                + "secrets:\n  store: inventory\n  inventory: inventory.json\n  mappings: [\"{service}/deploy/{env}.yaml\"]\n"
                + "  projects: {staging: p-staging, production: p-production}\n");
        CliRun secretsRun = CliRun.in(dir, "check", "--config", "secrets.confguard.yaml", "--select", "secrets/");
        assertThat(secretsRun.out()).as(secretsRun.err()).contains("secrets/no-enabled-version", "secrets/missing-secret");
        for (String[] args : commands) {
            CliRun run = CliRun.in(dir, args);
            String all = run.out() + run.err() + written("report.out") + written("baseline.json")
                    + written("inferred.json");
            for (String secret : PLANTED) {
                assertThat(all).as("output of %s", String.join(" ", args)).doesNotContain(secret)
                        .doesNotContain(Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8)));
            }
        }
    }
}
