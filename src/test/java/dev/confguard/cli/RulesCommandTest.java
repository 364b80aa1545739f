package dev.confguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.confguard.rules.Rule;
import dev.confguard.rules.RuleRegistry;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesCommandTest {
    @TempDir
    Path dir;

    @Test
    void rulesListsEveryRegisteredRule() {
        CliRun run = CliRun.in(dir, "rules");
        assertThat(run.exitCode()).isZero();
        for (Rule rule : RuleRegistry.builtin().all()) {
            assertThat(run.out()).contains(rule.id());
        }
        assertThat(run.out()).contains("off by default");
    }

    @Test
    void explainPrintsTheDoc() {
        CliRun run = CliRun.in(dir, "explain", "dotenv/duplicate-key");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("# dotenv/duplicate-key").contains("Default severity: error");
    }

    @Test
    void explainUnknownRuleSuggests() {
        CliRun run = CliRun.in(dir, "explain", "dotenv/trailing-whitespaces");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("did you mean 'dotenv/trailing-whitespace'?");
    }

    @Test
    void versionNamesTheVersion() {
        CliRun run = CliRun.in(dir, "--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("confguard 0.1.0");
    }
}
