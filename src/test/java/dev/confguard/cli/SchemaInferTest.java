package dev.confguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code confguard schema infer}: types, enums, x-secret, required per environment; never a secret value. */
class SchemaInferTest {
    private static final String SECRET = "Infer-Planted-Secret-9";
    private static final String URL_PASSWORD = "InferPlantedPw10";

    @TempDir
    Path dir;

    private void write(String name, String content) throws IOException {
        TestFiles.write(dir, name, content);
    }

    private void workspace() throws IOException {
        write("api/.env", "PORT=8080\nWORKERS=4\nRATIO=0.5\nDEBUG=off\nLOG_LEVEL=info\nSTATSD_HOST=localhost\n"
                + "API_TOKEN=" + SECRET + "\nCACHE=redis://:" + URL_PASSWORD + "@cache.internal:6379/0\n");
        write("api/.env.staging", "ENVIRONMENT=staging\nLOG_LEVEL=debug\nPUBLIC_URL=https://staging.example.com\n"
                + "COPY=" + SECRET + "\n");
        write("api/.env.production", "ENVIRONMENT=production\nPUBLIC_URL=https://example.com\nSENTRY_DSN=\n"
                + "DEBUG=false\nCOPY=x\n");
    }

    @Test
    void infersTypesFormatsEnumsSecretsAndRequiredKeys() throws IOException {
        workspace();
        CliRun run = CliRun.in(dir, "schema", "infer", "--service", "api");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).doesNotContain(SECRET).doesNotContain(URL_PASSWORD)
                .doesNotContain(Base64.getEncoder().encodeToString(SECRET.getBytes(StandardCharsets.UTF_8)));
        JSONObject schema = new JSONObject(run.out());
        JSONObject p = schema.getJSONObject("properties");
        assertThat(p.getJSONObject("PORT").toMap()).containsEntry("type", "integer").containsEntry("format", "port");
        assertThat(p.getJSONObject("RATIO").getString("type")).isEqualTo("number");
        assertThat(p.getJSONObject("DEBUG").getString("type")).isEqualTo("boolean");
        assertThat(p.getJSONObject("STATSD_HOST").getString("format")).isEqualTo("hostname");
        assertThat(p.getJSONObject("PUBLIC_URL").getString("format")).isEqualTo("uri");
        assertThat(p.getJSONObject("ENVIRONMENT").getJSONArray("enum").toList()).containsExactly("staging", "production");
        assertThat(p.getJSONObject("LOG_LEVEL").getJSONArray("enum").toList()).containsExactlyInAnyOrder("info", "debug");
        assertThat(p.getJSONObject("API_TOKEN").toMap()).containsEntry("x-secret", true).doesNotContainKey("enum")
                .doesNotContainKey("examples");
        // a key whose value carries another key's secret is secret too; a URL with a password shows no value
        assertThat(p.getJSONObject("COPY").toMap()).containsEntry("x-secret", true);
        assertThat(p.getJSONObject("CACHE").toMap()).containsEntry("format", "redis-url").doesNotContainKey("examples");
        assertThat(p.getJSONObject("SENTRY_DSN").toMap()).containsEntry("x-secret", true);
        assertThat(schema.getJSONArray("required").toList()).contains("PORT", "ENVIRONMENT", "PUBLIC_URL")
                .doesNotContain("SENTRY_DSN");
        JSONObject production = schema.getJSONArray("allOf").getJSONObject(0);
        assertThat(production.getJSONObject("if").getJSONObject("properties").getJSONObject("ENVIRONMENT")
                .getString("const")).isEqualTo("production");
        assertThat(production.getJSONObject("then").getJSONArray("required").toList()).containsExactly("SENTRY_DSN");
    }

    @Test
    void theStarterSchemaLoadsAndAcceptsTheConfigurationItCameFrom() throws IOException {
        workspace();
        CliRun infer = CliRun.in(dir, "schema", "infer", "-s", "api", "--output", "schemas/api.schema.json");
        assertThat(infer.exitCode()).as(infer.err()).isZero();
        assertThat(infer.err()).contains("wrote a starter schema for api to schemas/api.schema.json");
        CliRun check = CliRun.in(dir, "check", "--select", "schema");
        assertThat(check.err()).isEmpty();
        assertThat(check.out()).as(check.out()).startsWith("No problems found");
        write("api/.env.production", "ENVIRONMENT=production\nPUBLIC_URL=example.com\nDEBUG=maybe\n");
        CliRun broken = CliRun.in(dir, "check", "--select", "schema");
        assertThat(broken.out()).contains("schema/invalid-value: PUBLIC_URL must be a valid uri",
                "schema/coercion: DEBUG must be a boolean", "schema/missing-required: SENTRY_DSN is required when "
                        + "ENVIRONMENT is production");
    }

    @Test
    void anUnknownServiceIsAUsageError() throws IOException {
        workspace();
        CliRun run = CliRun.in(dir, "schema", "infer", "-s", "apj");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown service 'apj'; did you mean 'api'?");
        assertThat(CliRun.in(dir, "schema").exitCode()).isEqualTo(2);
    }
}
