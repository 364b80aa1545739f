package dev.confguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The baseline workflow: accept today's findings, survive inserted lines, report only new ones, prune. */
class BaselineTest {
    @TempDir
    Path dir;

    @Test
    void baselineWorkflow() throws IOException {
        Files.createDirectories(dir.resolve("api"));
        Files.writeString(dir.resolve("api/.env"), "PORT=1\nPORT=2\nDB_PASSWORD=hunter2-secret\nDB_PASSWORD=x\n");
        CliRun create = CliRun.in(dir, "baseline", "create");
        assertThat(create.exitCode()).as(create.err()).isZero();
        String file = Files.readString(dir.resolve(".confguard-baseline.json"));
        assertThat(file).contains("dotenv/duplicate-key").doesNotContain("hunter2");
        assertThat(CliRun.in(dir, "baseline", "create").exitCode()).isEqualTo(2);

        CliRun accepted = CliRun.in(dir, "check", "--baseline", ".confguard-baseline.json", "--format", "json");
        assertThat(accepted.exitCode()).as(accepted.out()).isZero();
        assertThat(new JSONObject(accepted.out()).getJSONObject("summary").getInt("baselined")).isEqualTo(2);

        Files.writeString(dir.resolve("api/.env"),
                "# moved down by new lines\n\nPORT=1\nPORT=2\nDB_PASSWORD=hunter2-secret\nDB_PASSWORD=x\nHOST=a\nHOST=b\n");
        CliRun shifted = CliRun.in(dir, "check", "--baseline", ".confguard-baseline.json", "--format", "json");
        assertThat(shifted.exitCode()).isEqualTo(1);
        assertThat(LintCommandTest.ruleIds(shifted.out())).containsExactly("dotenv/duplicate-key");
        assertThat(shifted.out()).contains("\"key\" : \"HOST\"");
        CliRun text = CliRun.in(dir, "lint", "--baseline", ".confguard-baseline.json");
        assertThat(text.out()).contains("2 findings accepted by the baseline.");

        Files.writeString(dir.resolve("api/.env"), "PORT=1\nDB_PASSWORD=x\n");
        CliRun prune = CliRun.in(dir, "baseline", "prune");
        assertThat(prune.exitCode()).isZero();
        assertThat(prune.out()).contains("Pruned 2 of 2 entries");
        assertThat(new JSONObject(Files.readString(dir.resolve(".confguard-baseline.json"))).getJSONArray("entries")
                .length()).isZero();
    }

    @Test
    void aMissingOrBrokenBaselineIsAUsageError() throws IOException {
        Files.writeString(dir.resolve(".env"), "A=1\n");
        CliRun missing = CliRun.in(dir, "check", "--baseline", "nope.json");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.json: no such baseline file");
        Files.writeString(dir.resolve("bad.json"), "{\"version\": 7}");
        assertThat(CliRun.in(dir, "check", "--baseline", "bad.json").err()).contains("not a confguard baseline");
    }
}
