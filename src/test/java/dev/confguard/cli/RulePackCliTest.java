package dev.confguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rule packs through the command line: a pack that cannot be used is reported at its own lines, a
 * config that names a missing pack or a bad option at the config's lines (exit 2); pack rules take
 * severity overrides, --select/--ignore and inline directives like every rule.
 */
class RulePackCliTest {
    @TempDir
    Path dir;

    private void write(String name, String... lines) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, String.join("\n", lines) + "\n");
    }

    private static final String DOC = "    doc: {what: w, why: y, example: A=1, fix: B=1}";

    @Test
    void anInvalidPackIsReportedAtItsLines() throws IOException {
        write("api/.env.production", "DEBUG=1");
        write("acme.yaml", "version: 1", "pack: acme", "rules:",
                "  - id: acme/no-debug", "    kindd: forbidden", "    summary: s", DOC,
                "  - id: acme/shape", "    kind: pattern", "    summary: s", "    pattern: \"(a\"", DOC,
                "  - id: other/x", "    kind: forbidden", "    summary: s", "    where: {keys: [X]}", DOC,
                "  - id: acme/opt", "    kind: forbidden", "    summary: s", "    option: profile", DOC);
        CliRun run = CliRun.in(dir, "check", "--rules", "acme.yaml");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("acme.yaml:5:5: unknown key 'kindd' in rules[0]; did you mean 'kind'?");
        assertThat(run.err()).doesNotContain("\tat ");
        write("acme.yaml", "version: 1", "pack: acme", "rules:",
                "  - id: other/x", "    kind: forbidden", "    summary: s", "    where: {keys: [X]}", DOC);
        run = CliRun.in(dir, "check", "--rules", "acme.yaml");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("acme.yaml:4:9: rule id 'other/x' must start with the pack's name: 'acme/'");
        write("acme.yaml", "version: 1", "pack: acme", "rules:",
                "  - id: acme/shape", "    kind: pattern", "    summary: s", "    pattern: \"(a\"", DOC);
        run = CliRun.in(dir, "check", "--rules", "acme.yaml");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("acme.yaml:7:14: invalid regular expression '(a'");
        write("acme.yaml", "version: 1", "pack: acme", "rules:",
                "  - id: acme/opt", "    kind: forbidden", "    summary: s", "    where: {keys: [X]}",
                "    option: profile", DOC);
        run = CliRun.in(dir, "check", "--rules", "acme.yaml");
        assertThat(run.err()).contains("acme.yaml:8:13: unknown option 'profile' (the pack declares no options)");
    }

    @Test
    void extendsCyclesAndMissingPacksAreErrors() throws IOException {
        write("api/.env.production", "DEBUG=1");
        write("a.yaml", "version: 1", "pack: a", "extends: [b.yaml]", "rules: []");
        write("b.yaml", "version: 1", "pack: b", "extends: [a.yaml, builtin:cor]", "rules: []");
        CliRun run = CliRun.in(dir, "check", "--rules", "a.yaml");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("b.yaml:3:11: extends a.yaml, which extends this pack again")
                .contains("b.yaml:3:19: no builtin rule pack 'builtin:cor'; did you mean 'builtin:core'?");
        CliRun missing = CliRun.in(dir, "check", "--rules", "builtin:netr");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("--rules builtin:netr: no builtin rule pack 'builtin:netr'; did you mean "
                + "'builtin:netra'?");
    }

    @Test
    void theWorkspaceConfigNamesPacksAndOptionsThatMustExist() throws IOException {
        write("api/.env.production", "DEBUG=1");
        write(".confguard.yaml", "version: 1", "rules:", "  packs: [builtin:netra, missing.yaml]",
                "  options:", "    netra.stagingHost: profile-b", "    netra.productionDatabase: netra_prd",
                "  severity:", "    netra/service-idd: warning");
        CliRun run = CliRun.in(dir, "check");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains(".confguard.yaml:3:26: rule pack file 'missing.yaml' does not exist")
                .contains(".confguard.yaml:5:5: unknown rule option 'netra.stagingHost'; did you mean "
                        + "'netra.stagingHosts'?")
                .contains(".confguard.yaml:6:5: rule option netra.productionDatabase is 'netra_prd'; expected one of: "
                        + "netra_production, netra_prod; did you mean 'netra_prod'?")
                .contains(".confguard.yaml:8:5: unknown rule 'netra/service-idd' in rules.severity; did you mean "
                        + "'netra/service-id'?");
    }

    @Test
    void packRulesTakeSeverityOverridesSelectionAndInlineDirectives() throws IOException {
        write("netra_backend/.env.production", "SERVICE_ID=netra-backend-v2", "REDIS_HOST=localhost",
                "# confguard-disable-next-line core/loopback -- a tunnel on the host", "CACHE_HOST=localhost");
        write(".confguard.yaml", "version: 1", "rules:", "  packs: [builtin:netra]", "  severity:",
                "    netra/service-id: error", "    core/insecure-url: off");
        CliRun run = CliRun.in(dir, "check", "--format", "json", "--select", "netra/service-id,core");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        org.json.JSONArray findings = new org.json.JSONObject(run.out()).getJSONArray("findings");
        for (int i = 0; i < findings.length(); i++) {
            org.json.JSONObject f = findings.getJSONObject(i);
            assertThat(f.getInt("line")).as("the directive silences line 4").isNotEqualTo(4);
            if (f.getString("ruleId").equals("netra/service-id")) {
                assertThat(f.getString("severity")).isEqualTo("error");
            }
        }
        assertThat(LintCommandTest.ruleIds(run.out())).containsOnly("netra/service-id", "core/loopback");
        CliRun unknown = CliRun.in(dir, "check", "--rules", "builtin:core", "--select", "netra/service-id");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("rule 'netra/service-id' belongs to builtin:netra, which is not in effect");
        CliRun lint = CliRun.in(dir, "lint", "netra_backend");
        assertThat(lint.out()).doesNotContain("dotenv/invalid-directive");
    }

    @Test
    void ruleOptionsOnTheCommandLineAreChecked() throws IOException {
        write("netra_backend/.env.production", "POSTGRES_DB=netra_prod");
        CliRun run = CliRun.in(dir, "check", "--rules", "builtin:netra", "--rule-option",
                "netra.productionDatabase=netra_prod", "--select", "netra/production-database");
        assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
        CliRun bad = CliRun.in(dir, "check", "--rules", "builtin:netra", "--rule-option", "netra.nope=x");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--rule-option netra.nope: unknown rule option 'netra.nope'");
    }
}
