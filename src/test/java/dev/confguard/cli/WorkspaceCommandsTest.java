package dev.confguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.json.JSONArray;
import org.json.JSONObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** check, resolve, diff and init through the command line, on a small workspace with and without a config. */
class WorkspaceCommandsTest {
    @TempDir
    Path dir;

    private void write(String name, String content) throws IOException {
        TestFiles.write(dir, name, content);
    }

    @BeforeEach
    void workspace() throws IOException {
        write(".env", "LOG_LEVEL=info\nDB_HOST=localhost\n");
        write("api/.env", "PORT=8080\nBASE_URL=http://${DB_HOST}:${PORT}\n");
        write("api/.env.staging", "DB_HOST=db.staging.internal\nFEATURE=${MISSING}\n");
        write("api/.env.production", "DB_HOST=db.prod.internal\nEXTRA=1\n");
        write("web/.env.staging", "PUBLIC_URL=https://staging.example.com\n");
        write("web/.env.production", "PUBLIC_URL=https://example.com\n");
    }

    @Test
    void checkWorksWithoutAConfigFile() {
        CliRun run = CliRun.in(dir, "check", "--format", "json");
        JSONObject json = new JSONObject(run.out());
        JSONArray findings = json.getJSONArray("findings");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        JSONObject undefined = null;
        for (int i = 0; i < findings.length(); i++) {
            if (findings.getJSONObject(i).getString("ruleId").equals("resolve/undefined-variable")) {
                undefined = findings.getJSONObject(i);
            }
        }
        assertThat(undefined).isNotNull();
        assertThat(undefined.getString("file")).isEqualTo("api/.env.staging");
        assertThat(undefined.getInt("line")).isEqualTo(2);
        assertThat(undefined.getString("service")).isEqualTo("api");
        assertThat(undefined.getString("environment")).isEqualTo("staging");
        assertThat(undefined.getString("key")).isEqualTo("FEATURE");
        assertThat(json.getJSONObject("summary").getInt("files")).isEqualTo(6);
    }

    @Test
    void checkFiltersByServiceAndEnvironmentAndRejectsUnknownOnes() {
        CliRun production = CliRun.in(dir, "check", "--env", "production", "--format", "json", "--ignore", "core");
        assertThat(production.exitCode()).isZero();
        CliRun unknown = CliRun.in(dir, "check", "--env", "prodution");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown environment 'prodution'; did you mean 'production'?");
        CliRun service = CliRun.in(dir, "check", "--service", "apj");
        assertThat(service.err()).contains("did you mean 'api'?");
    }

    @Test
    void checkReportsAnInvalidConfigAtItsLineAndExitsTwo() throws IOException {
        write(".confguard.yaml", "version: 1\nenviroments: [staging]\n");
        CliRun run = CliRun.in(dir, "check");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(".confguard.yaml:2:1").contains("did you mean 'environments'?")
                .doesNotContain("\tat ");
    }

    @Test
    void checkUsesTheConfigFileFoundUpward() throws IOException {
        write(".confguard.yaml", "version: 1\nenvironments: [staging, production]\nservices:\n  - name: api\n"
                + "hierarchy:\n  - .env\n  - \"{service}/.env\"\n  - \"{service}/.env.{env}\"\n"
                + "rules:\n  packs: []\n  severity:\n    resolve/undefined-variable: off\n");
        Files.createDirectories(dir.resolve("api/sub"));
        CliRun run = CliRun.in(dir.resolve("api/sub"), "check", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(LintCommandTest.ruleIds(run.out())).doesNotContain("resolve/undefined-variable");
    }

    @Test
    void resolveShowsEveryLayerAndTheOriginOfEachValue() {
        CliRun run = CliRun.in(dir, "resolve", "--service", "api", "--env", "staging", "--show-origin");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("#   1. .env\n")
                .contains("api/.env.staging:1:9\tDB_HOST=\"db.staging.internal\"\n\toverrides .env:2:9\n")
                .contains("api/.env:2:10\tBASE_URL=\"http://db.staging.internal:8080\"\n");
    }

    @Test
    void resolveJsonAndDotenvFormats() {
        CliRun json = CliRun.in(dir, "resolve", "-s", "api", "-e", "staging", "--format", "json");
        JSONObject doc = new JSONObject(json.out());
        assertThat(doc.getString("service")).isEqualTo("api");
        JSONObject dbHost = null;
        for (Object o : doc.getJSONArray("values")) {
            JSONObject v = (JSONObject) o;
            if (v.getString("key").equals("DB_HOST")) {
                dbHost = v;
            }
        }
        assertThat(dbHost.getString("value")).isEqualTo("db.staging.internal");
        assertThat(dbHost.getJSONObject("origin").getString("file")).isEqualTo("api/.env.staging");
        assertThat(dbHost.getJSONArray("overridden").getJSONObject(0).getString("file")).isEqualTo(".env");
        CliRun dotenv = CliRun.in(dir, "resolve", "-s", "api", "-e", "staging", "--format", "dotenv");
        assertThat(dotenv.out()).contains("DB_HOST=db.staging.internal\n").contains("BASE_URL=http://db.staging.internal:8080\n");
    }

    @Test
    void diffListsKeysSetInOnlyOneEnvironment() {
        CliRun run = CliRun.in(dir, "diff", "--env", "staging", "--env", "production");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("api: 2 keys set in only one of staging and production")
                .contains("FEATURE").contains("api/.env.staging:2:9")
                .contains("EXTRA").contains("api/.env.production:2:7")
                .contains("1 of 3 services differ");
        CliRun json = CliRun.in(dir, "diff", "-e", "staging", "-e", "production", "--format", "json", "-s", "web");
        assertThat(json.exitCode()).isZero();
        assertThat(new JSONObject(json.out()).getJSONArray("services").length()).isEqualTo(1);
        assertThat(CliRun.in(dir, "diff", "-e", "staging").exitCode()).isEqualTo(2);
    }

    @Test
    void initWritesAConfigThatCheckThenUses() throws IOException {
        CliRun init = CliRun.in(dir, "init");
        assertThat(init.exitCode()).as(init.err()).isZero();
        assertThat(dir.resolve(".confguard.yaml")).exists();
        assertThat(CliRun.in(dir, "init").exitCode()).isEqualTo(2);
        assertThat(CliRun.in(dir, "init", "--force").exitCode()).isZero();
        CliRun check = CliRun.in(dir, "check", "--format", "json");
        assertThat(check.exitCode()).as(check.err()).isEqualTo(1);
    }
}
