package dev.confguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.confguard.errors.ExitCode;
import java.io.IOException;
import java.nio.file.Path;
import org.json.JSONArray;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --secrets}, {@code secrets audit}: what they report, and the exit codes CI relies on. */
class SecretsCommandTest {
    private static final Path PROJECT = Path.of("").toAbsolutePath();

    @TempDir
    Path dir;

    private void workspace(String store, String inventoryProjects) throws IOException {
        TestFiles.write(dir, ".confguard.yaml", "version: 1\nenvironments:\n  - name: development\n    deployed: false\n"
                + "  - staging\n  - production\nservices:\n  - name: api\nhierarchy:\n  - \"{service}/.env.{env}\"\n"
                + "secrets:\n  store: " + store + "\n  inventory: inventory.json\n  projects:\n    staging: acme-staging\n"
                + "    production: acme-production\n");
        TestFiles.write(dir, "api/.env.staging", "DB_PASSWORD=\"sm://acme-staging/db-password#2\"\n");
        TestFiles.write(dir, "api/.env.production", "DB_PASSWORD=\"sm://acme-production/db-password#9\"\n");
        TestFiles.write(dir, "inventory.json", "{\"inventoryVersion\": 1, \"projects\": {" + inventoryProjects + "}}");
    }

    private static String project(String name, String versions) {
        return "\"" + name + "\": {\"secrets\": {\"db-password\": {\"versions\": {" + versions + "}}}}";
    }

    private static String version(int n, String state) {
        return "\"" + n + "\": {\"state\": \"" + state + "\", \"createTime\": \"2026-10-01T00:00:00Z\"}";
    }

    @Test
    void checkWithTheSamplesInventoryFindsEveryPlantedReference() {
        CliRun run = CliRun.in(PROJECT, "check", "--secrets", "inventory", "samples/netra", "--format", "json");
        assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
        JSONArray findings = new JSONObject(run.out()).getJSONArray("findings");
        long secrets = 0;
        for (int i = 0; i < findings.length(); i++) {
            secrets += findings.getJSONObject(i).getString("ruleId").startsWith("secrets/") ? 1 : 0;
        }
        assertThat(secrets).isEqualTo(8);
        assertThat(new JSONObject(run.out()).has("incomplete")).isFalse();
    }

    @Test
    void offlineChecksRunWithoutAStore() {
        CliRun run = CliRun.in(PROJECT, "check", "--secrets", "off", "samples/netra", "--select", "secrets/");
        assertThat(run.out()).contains("secrets/ambiguous-reference", "secrets/malformed-reference",
                "secrets/cross-environment-reference").doesNotContain("secrets/missing-secret")
                .doesNotContain("secrets/disabled-version");
        assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
    }

    @Test
    void aProjectTheStoreCannotAnswerForMakesTheRunIncompleteInEveryFormat() throws IOException {
        workspace("inventory", project("acme-staging", version(2, "ENABLED")));
        CliRun text = CliRun.in(dir, "check");
        assertThat(text.exitCode()).isEqualTo(ExitCode.INCOMPLETE);
        assertThat(text.err()).contains("confguard: incomplete: the secret inventory inventory.json has no project "
                + "acme-production");
        assertThat(text.out()).contains("Incomplete: 1 check could not run.");
        JSONObject json = new JSONObject(CliRun.in(dir, "check", "--format", "json").out());
        assertThat(json.getJSONArray("incomplete").getString(0)).contains("acme-production");
        JSONObject sarif = new JSONObject(CliRun.in(dir, "check", "--format", "sarif").out());
        JSONObject invocation = sarif.getJSONArray("runs").getJSONObject(0).getJSONArray("invocations").getJSONObject(0);
        assertThat(invocation.getBoolean("executionSuccessful")).isFalse();
        assertThat(CliRun.in(dir, "check", "--format", "junit").out()).contains("type=\"incomplete\"");
        assertThat(CliRun.in(dir, "check", "--format", "github").out()).contains("::error title=confguard incomplete::");
    }

    @Test
    void aCompleteRunReportsTheBrokenVersionAndExitsOne() throws IOException {
        workspace("inventory", project("acme-staging", version(2, "ENABLED")) + ","
                + project("acme-production", version(1, "ENABLED")));
        CliRun run = CliRun.in(dir, "check");
        assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(run.out()).contains("api/.env.production:1:14: error secrets/missing-version")
                .doesNotContain("api/.env.staging:1");
        assertThat(run.err()).doesNotContain("incomplete");
    }

    @Test
    void theStoreOptionOverridesTheWorkspace() throws IOException {
        workspace("off", project("acme-staging", version(2, "ENABLED")) + ","
                + project("acme-production", version(1, "ENABLED")));
        assertThat(CliRun.in(dir, "check").exitCode()).isEqualTo(ExitCode.CLEAN);
        assertThat(CliRun.in(dir, "check", "--secrets", "inventory").exitCode()).isEqualTo(ExitCode.FINDINGS);
        TestFiles.write(dir, "other.json", "{\"inventoryVersion\": 1, \"projects\": {"
                + project("acme-staging", version(2, "ENABLED")) + "," + project("acme-production", version(9, "ENABLED"))
                + "}}");
        assertThat(CliRun.in(dir, "check", "--secrets", "inventory", "--inventory", "other.json").exitCode())
                .isEqualTo(ExitCode.CLEAN);
    }

    @Test
    void unusableStoreSettingsAreUsageErrors() throws IOException {
        workspace("off", "");
        CliRun bogus = CliRun.in(dir, "check", "--secrets", "maybe");
        assertThat(bogus.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(bogus.err()).contains("--secrets must be off, inventory or live");
        CliRun missing = CliRun.in(dir, "check", "--secrets", "inventory", "--inventory", "nope.json");
        assertThat(missing.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(missing.err()).contains("nope.json").doesNotContain("Exception");
        TestFiles.write(dir, "inventory.json", "{\"inventoryVersion\": 1, \"projects\": {\"acme-staging\": 3}}");
        CliRun invalid = CliRun.in(dir, "check", "--secrets", "inventory");
        assertThat(invalid.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(invalid.err()).contains("inventory.json:1:").doesNotContain("Exception");
        CliRun compare = CliRun.in(dir, "check", "--secrets", "inventory", "--compare-secret-values");
        assertThat(compare.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(compare.err()).contains("--compare-secret-values needs --secrets live");
    }

    @Test
    void anUnusableMappingFileIsAnInputErrorNotASilentPass() throws IOException {
        workspace("inventory", project("acme-staging", version(2, "ENABLED")) + ","
                + project("acme-production", version(9, "ENABLED")));
        String config = java.nio.file.Files.readString(dir.resolve(".confguard.yaml"));
        TestFiles.write(dir, ".confguard.yaml", config.replace("  inventory: inventory.json\n",
                "  inventory: inventory.json\n  mappings: [\"{service}/deploy.{env}.yaml\"]\n"));
        TestFiles.write(dir, "api/deploy.staging.yaml", "secrets:\n  DB: [unclosed\n");
        CliRun run = CliRun.in(dir, "check");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("api/deploy.staging.yaml").doesNotContain("Exception");
    }

    @Test
    void resolveNamesWhatSecretManagerFillsAtDeployTime() {
        CliRun text = CliRun.in(PROJECT, "resolve", "samples/netra", "-s", "auth_service", "-e", "staging");
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("# filled at deploy time from Secret Manager:\n"
                + "#   JWT_SECRET_STAGING <- {name: jwt-secret-staging, key: latest} (secretKeyRef)\n");
        JSONObject json = new JSONObject(CliRun.in(PROJECT, "resolve", "samples/netra", "-s", "netra_backend", "-e",
                "production", "--format", "json").out());
        JSONArray mappings = json.getJSONArray("secretMappings");
        assertThat(mappings.length()).isEqualTo(4);
        assertThat(mappings.getJSONObject(2).getString("reference")).isEqualTo("fernet-key-production:latest");
        assertThat(mappings.getJSONObject(2).getJSONObject("origin").getString("file"))
                .isEqualTo("samples/netra/netra_backend/deploy/production.sh");
    }

    @Test
    void auditListsReferencesPinsAgesAndOrphans() {
        CliRun run = CliRun.in(PROJECT, "secrets", "audit", "samples/netra", "--as-of", "2026-11-28T00:00:00Z");
        assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(run.out()).contains("13 references: 5 ok, 8 broken; 1 pinned to an old version; 3 older than 90 days; "
                + "5 orphans.")
                .contains("SERVICE_SECRET pins netra-production/service-secret-production@2; version 3 is enabled")
                .contains("netra-staging/clickhouse-password-staging (newest enabled: 1)");
        JSONObject json = new JSONObject(CliRun.in(PROJECT, "secrets", "audit", "samples/netra", "--as-of",
                "2026-11-28T00:00:00Z", "--format", "json", "--max-age", "600d").out());
        assertThat(json.getJSONObject("summary").getInt("tooOld")).isZero();
        assertThat(json.getJSONArray("orphans").length()).isEqualTo(5);
        assertThat(json.getJSONArray("references").getJSONObject(1).getString("status")).isEqualTo("ok");
    }

    @Test
    void auditOfAnEnvironmentWithoutReferencesIsClean() {
        CliRun run = CliRun.in(PROJECT, "secrets", "audit", "samples/netra", "--env", "development");
        assertThat(run.exitCode()).isEqualTo(ExitCode.CLEAN);
        assertThat(run.out()).contains("0 references: 0 ok, 0 broken");
    }

    @Test
    void auditNeedsAStoreAndValidOptions() throws IOException {
        workspace("off", "");
        assertThat(CliRun.in(dir, "secrets", "audit").err()).contains("an audit needs a secret store");
        assertThat(CliRun.in(dir, "secrets", "audit", "--secrets", "inventory", "--max-age", "soon").exitCode())
                .isEqualTo(ExitCode.USAGE);
        assertThat(CliRun.in(dir, "secrets", "audit", "--secrets", "inventory", "--as-of", "today").exitCode())
                .isEqualTo(ExitCode.USAGE);
        assertThat(CliRun.in(dir, "secrets", "audit", "--secrets", "inventory", "--format", "xml").exitCode())
                .isEqualTo(ExitCode.USAGE);
        CliRun incomplete = CliRun.in(dir, "secrets", "audit", "--secrets", "inventory");
        assertThat(incomplete.exitCode()).isEqualTo(ExitCode.INCOMPLETE);
        assertThat(incomplete.err()).contains("confguard: incomplete:");
    }
}
