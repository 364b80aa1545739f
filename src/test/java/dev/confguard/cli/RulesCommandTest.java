package dev.confguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.confguard.rules.Rule;
import dev.confguard.rules.pack.PackSet;
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
        for (Rule rule : PackSet.catalogRegistry().all()) {
            assertThat(run.out()).contains(rule.id());
        }
        assertThat(run.out()).contains("off by default").contains("netra/service-id").contains("[builtin:netra]")
                .contains("core/isolation");
    }

    @Test
    void explainPrintsAPackRulesDocFromItsPack() {
        CliRun run = CliRun.in(dir, "explain", "netra/service-id");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("# netra/service-id").contains("Rule pack: builtin:netra (kind: equals)")
                .contains("## What it does").contains("## Why is this bad").contains("```env\nSERVICE_ID=netra-backend\n```");
    }

    @Test
    void rulesListsPackOptionsAndTheRulesOfAPackFile() throws java.io.IOException {
        CliRun options = CliRun.in(dir, "rules", "--options");
        assertThat(options.exitCode()).isZero();
        assertThat(options.out()).contains("netra.stagingHosts: profile-a | profile-b (default: profile-a)")
                .contains("netra.jwtSecretKey").contains("netra.productionDatabase");
        java.nio.file.Files.writeString(dir.resolve("acme.yaml"), String.join("\n", "version: 1", "pack: acme",
                "rules:", "  - id: acme/no-debug", "    kind: forbidden", "    summary: No DEBUG key",
                "    where: {keys: [DEBUG]}", "    doc: {what: w, why: y, example: DEBUG=1, fix: LOG_LEVEL=info}", ""));
        CliRun run = CliRun.in(dir, "rules", "--rules", "acme.yaml");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("acme/no-debug").contains("[acme.yaml]");
        CliRun explain = CliRun.in(dir, "explain", "acme/no-debug", "--rules", "acme.yaml");
        assertThat(explain.exitCode()).as(explain.err()).isZero();
        assertThat(explain.out()).contains("```env\nDEBUG=1\n```");
        CliRun missing = CliRun.in(dir, "rules", "--rules", "nope.yaml");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("--rules nope.yaml: rule pack file 'nope.yaml' does not exist");
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
