package dev.confguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompletionCommandTest {
    @TempDir
    Path dir;

    @Test
    void bashAndZshScriptsCompleteEveryCommandAndOption() {
        CliRun bash = CliRun.in(dir, "completion", "bash");
        assertThat(bash.exitCode()).isZero();
        assertThat(bash.out()).contains("complete -F").contains("check").contains("resolve").contains("--fail-on")
                .contains("--show-origin");
        CliRun zsh = CliRun.in(dir, "completion", "zsh");
        assertThat(zsh.out()).startsWith("autoload -U +X compinit").contains("bashcompinit").contains("complete -F");
        assertThat(CliRun.in(dir, "completion", "fish").exitCode()).isEqualTo(2);
    }

    @Test
    void versionNamesTheCommit() {
        CliRun run = CliRun.in(dir, "--version");
        assertThat(run.out()).matches("confguard \\d+\\.\\d+\\.\\d+ \\(commit [^)]+\\)\\s*");
    }
}
