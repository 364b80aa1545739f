package dev.confguard.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unusable input gets one line naming the path and exit 2, never a stack trace. */
class BadInputTest {
    @TempDir
    Path dir;

    private static void assertOneLineError(CliRun run, String... fragments) {
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("confguard: error: ");
        assertThat(run.err().strip().lines().count()).isEqualTo(1);
        assertThat(run.err()).contains(fragments).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void missingPath() {
        assertOneLineError(CliRun.in(dir, "lint", "nope/.env"), "nope/.env: no such file or folder");
    }

    @Test
    void folderWithoutEnvFiles() throws IOException {
        Files.createDirectories(dir.resolve("empty"));
        Files.writeString(dir.resolve("empty/readme.txt"), "x");
        assertOneLineError(CliRun.in(dir, "lint", "empty"), "empty: no .env files found");
    }

    @Test
    void binaryFile() throws IOException {
        byte[] png = new byte[4096];
        png[0] = (byte) 0x89;
        png[1] = 'P';
        for (int i = 8; i < png.length; i += 3) {
            png[i] = 1;
        }
        Files.write(dir.resolve(".env"), png);
        assertOneLineError(CliRun.in(dir, "lint", ".env"), ".env: binary file");
    }

    @Test
    void hundredMegabyteFile() throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(dir.resolve(".env").toFile(), "rw")) {
            f.setLength(100L * 1024 * 1024);
        }
        assertOneLineError(CliRun.in(dir, "lint", ".env"), ".env: file is too large (100.0 MiB; the limit is 64.0 MiB");
    }

    @Test
    void unreadableFile() throws IOException {
        Path f = Files.writeString(dir.resolve(".env"), "A=1\n");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(f), "running as root: every file is readable");
        assertOneLineError(CliRun.in(dir, "lint", ".env"), ".env: permission denied");
    }

    @Test
    void symlinkLoopGivenDirectly() throws IOException {
        Files.createSymbolicLink(dir.resolve(".env.a"), dir.resolve(".env.b"));
        Files.createSymbolicLink(dir.resolve(".env.b"), dir.resolve(".env.a"));
        assertOneLineError(CliRun.in(dir, "lint", ".env.a"), ".env.a: symbolic link loop or dangling link");
    }

    @Test
    void symlinkLoopInsideAFolder() throws IOException {
        Files.createDirectories(dir.resolve("svc/sub"));
        Files.writeString(dir.resolve("svc/.env"), "A=1\n");
        Files.createSymbolicLink(dir.resolve("svc/sub/loop"), dir.resolve("svc"));
        CliRun run = CliRun.in(dir, "lint", "svc");
        assertOneLineError(run, "svc/sub/loop: symbolic link loop");
        assertThat(run.out()).contains("No problems found in 1 file.");
    }

    @Test
    void unknownOptionAndMissingSubcommand() {
        CliRun bad = CliRun.in(dir, "lint", "--frobnicate");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("Unknown option: '--frobnicate'").contains("Try 'confguard lint --help'")
                .doesNotContain("\tat ");
        CliRun checkBad = CliRun.in(dir, "check", "--frobnicate");
        assertThat(checkBad.err()).contains("Try 'confguard check --help'");
        assertThat(CliRun.in(dir, "lint", "--help").out()).startsWith("Usage: confguard lint");
        CliRun none = CliRun.in(dir);
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("Usage: confguard");
    }

    @Test
    void badFormatValue() {
        CliRun run = CliRun.in(dir, "lint", "--format", "xml");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--format").doesNotContain("\tat ");
    }

    @Test
    void unwritableOutputIsAOneLineError() throws IOException {
        Files.writeString(dir.resolve(".env"), "A=1\n");
        CliRun run = CliRun.in(dir, "lint", "--output", "no/such/dir/report.txt");
        assertOneLineError(run, "cannot write the report to no/such/dir/report.txt");
    }
}
