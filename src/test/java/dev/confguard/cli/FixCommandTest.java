package dev.confguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FixCommandTest {
    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
        return p;
    }

    @Test
    void dryRunWritesNothingAndPrintsOnlyTheDiff() throws IOException {
        Path env = write("svc/.env", "A=1  \nB = 2\n\n\nC=3");
        CliRun run = CliRun.in(dir, "fix", "--dry-run", "svc");
        assertThat(Files.readString(env)).isEqualTo("A=1  \nB = 2\n\n\nC=3");
        assertThat(run.out()).isEqualTo("--- a/svc/.env\n+++ b/svc/.env\n@@ -1,5 +1,4 @@\n-A=1  \n-B = 2\n+A=1\n+B=2\n \n-\n"
                + "-C=3\n\\ No newline at end of file\n+C=3\n");
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void fixWritesTheFileKeepsItsPermissionsAndASecondRunChangesNothing() throws IOException {
        Path env = write(".env", "A=1  \nB = 2\n\n\nC=3");
        Files.setPosixFilePermissions(env, PosixFilePermissions.fromString("rw-------"));
        CliRun first = CliRun.in(dir, "fix");
        assertThat(first.out()).startsWith("fixed 5 problems in .env\n").contains("No problems found in 1 file.");
        assertThat(first.exitCode()).isZero();
        assertThat(Files.readString(env)).isEqualTo("A=1\nB=2\n\nC=3\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(env))).isEqualTo("rw-------");

        byte[] fixed = Files.readAllBytes(env);
        CliRun second = CliRun.in(dir, "fix", "--diff", ".env");
        assertThat(second.out()).isEqualTo("No problems found in 1 file.\n");
        assertThat(Files.readAllBytes(env)).isEqualTo(fixed);
        try (var left = Files.list(dir)) {
            assertThat(left).as("no temporary files left behind").containsExactly(env);
        }
    }

    @Test
    void unsafeFixesNeedTheFlag() throws IOException {
        Path env = write(".env", "export db_host=localhost\nPORT=\"8080\"\n");
        CliRun safe = CliRun.in(dir, "fix");
        assertThat(Files.readString(env)).isEqualTo("export db_host=localhost\nPORT=\"8080\"\n");
        assertThat(safe.out()).doesNotContain("fixed").contains("dotenv/lowercase-key", "dotenv/export-prefix",
                "dotenv/quote-character");

        CliRun unsafe = CliRun.in(dir, "fix", "--unsafe-fixes");
        assertThat(Files.readString(env)).isEqualTo("DB_HOST=localhost\nPORT=8080\n");
        assertThat(unsafe.out()).startsWith("fixed 3 problems in .env\n").contains("No problems found");
    }

    @Test
    void theExitCodeComesFromTheFindingsThatRemain() throws IOException {
        write(".env", "FOO=1  \nFOO=2\n");
        CliRun run = CliRun.in(dir, "fix");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).startsWith("fixed 1 problem in .env\n")
                .contains(".env:2:1: error dotenv/duplicate-key: FOO is already set on line 1");
        assertThat(CliRun.in(dir, "fix", "--fail-on", "never").exitCode()).isZero();
        assertThat(CliRun.in(dir, "fix", "--unsafe-fixes").exitCode()).isZero();
        assertThat(Files.readString(dir.resolve(".env"))).isEqualTo("FOO=2\n");
    }

    @Test
    void diffWithoutDryRunPrintsTheDiffAndWrites() throws IOException {
        Path env = write(".env", "A=1\r\nB=2\r\nC=3\n");
        CliRun run = CliRun.in(dir, "fix", "--diff");
        assertThat(run.out()).startsWith("--- a/.env\n+++ b/.env\n@@ -1,3 +1,3 @@\n A=1\r\n B=2\r\n-C=3\n+C=3\r\n"
                + "fixed 1 problem in .env\n");
        assertThat(Files.readString(env)).isEqualTo("A=1\r\nB=2\r\nC=3\r\n");
    }

    @Test
    void aMachineReadableReportStaysAloneOnStdout() throws IOException {
        write(".env", "A=1  \nFOO=1\nFOO=2\n");
        CliRun run = CliRun.in(dir, "fix", "--format", "json");
        assertThat(run.err()).isEqualTo("fixed 1 problem in .env\n");
        JSONObject report = new JSONObject(run.out());
        assertThat(report.getJSONArray("findings").length()).isEqualTo(1);
        assertThat(report.getJSONArray("findings").getJSONObject(0).getString("ruleId")).isEqualTo("dotenv/duplicate-key");
    }

    @Test
    void selectAndIgnoreChooseTheFixesToo() throws IOException {
        Path env = write(".env", "A=1  \nB = 2\n");
        CliRun.in(dir, "fix", "--select", "dotenv/trailing-whitespace");
        assertThat(Files.readString(env)).isEqualTo("A=1\nB = 2\n");
        CliRun.in(dir, "fix", "--ignore", "dotenv/space-character");
        assertThat(Files.readString(env)).isEqualTo("A=1\nB = 2\n");
        CliRun.in(dir, "fix");
        assertThat(Files.readString(env)).isEqualTo("A=1\nB=2\n");
    }

    @Test
    void invalidBytesAndUnicodeSurviveAFix() throws IOException {
        Path env = dir.resolve(".env");
        Files.write(env, bytes("A=caf\u00e9 \nB=x", 0xFF, "  \n"));
        CliRun.in(dir, "fix");
        assertThat(Files.readAllBytes(env)).isEqualTo(bytes("A=caf\u00e9\nB=x", 0xFF, "\n"));
    }

    private static byte[] bytes(String before, int invalid, String after) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.write(before.getBytes(StandardCharsets.UTF_8));
        out.write(invalid);
        out.write(after.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    @Test
    void aSymbolicLinkStaysALinkAndItsTargetIsFixed() throws IOException {
        Path target = write("real.env", "A=1  \n");
        Path link = dir.resolve(".env");
        Files.createSymbolicLink(link, target.getFileName());
        CliRun.in(dir, "fix", ".env");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(target)).isEqualTo("A=1\n");
    }

    @Test
    void standardInputIsRefused() {
        CliRun run = CliRun.in(dir, "fix", "-");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("fix does not read standard input");
    }

    @Test
    void aMissingPathIsAUsageError() {
        CliRun run = CliRun.in(dir, "fix", "nope.env");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("nope.env").contains("no such file or folder");
    }
}
