package dev.confguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Whole-workspace snapshots of {@code lint samples/netra} in text and JSON, so a change in what the
 * samples report is seen in review. Regenerate with {@code mvn test -Dconfguard.updateGolden=true}.
 */
class SamplesGoldenTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden");
    static final boolean UPDATE = Boolean.getBoolean("confguard.updateGolden");

    @Test
    void netraLintText() throws IOException {
        CliRun run = CliRun.in(Path.of("").toAbsolutePath(), "lint", "samples/netra");
        assertThat(run.exitCode()).isEqualTo(1);
        assertGolden("netra-lint.txt", run.out());
    }

    @Test
    void netraLintJson() throws IOException {
        CliRun run = CliRun.in(Path.of("").toAbsolutePath(), "lint", "--format", "json", "samples/netra");
        assertThat(run.exitCode()).isEqualTo(1);
        assertGolden("netra-lint.json", run.out());
    }

    @Test
    void netraCheckText() throws IOException {
        CliRun run = CliRun.in(Path.of("").toAbsolutePath(), "check", "samples/netra");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertGolden("netra-check.txt", run.out());
    }

    @Test
    void netraCheckJson() throws IOException {
        CliRun run = CliRun.in(Path.of("").toAbsolutePath(), "check", "--format", "json", "samples/netra");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertGolden("netra-check.json", run.out());
    }

    @Test
    void netraResolveWithOrigins() throws IOException {
        CliRun run = CliRun.in(Path.of("").toAbsolutePath(), "resolve", "samples/netra", "--service", "netra_backend",
                "--env", "staging", "--show-origin");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertGolden("netra-resolve-backend-staging.txt", run.out());
    }

    static void assertGolden(String name, String actual) throws IOException {
        Path file = GOLDEN.resolve(name);
        if (UPDATE) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(file).as("golden file (create it with -Dconfguard.updateGolden=true)").exists();
        assertThat(actual).as("golden %s (regenerate with -Dconfguard.updateGolden=true)", file)
                .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
