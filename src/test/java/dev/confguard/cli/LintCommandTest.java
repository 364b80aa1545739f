package dev.confguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.json.JSONArray;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintCommandTest {
    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
        return p;
    }

    @Test
    void cleanFileExitsZeroWithSummary() throws IOException {
        write(".env", "FOO=bar\nBAZ=qux\n");
        CliRun run = CliRun.in(dir, "lint");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("No problems found in 1 file.");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void errorFindingExitsOneWithLocationAndCodeFrame() throws IOException {
        write(".env", "FOO=1\nFOO=2\n");
        CliRun run = CliRun.in(dir, "lint", ".env");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains(".env:2:1: error dotenv/duplicate-key: FOO is already set on line 1")
                .contains(" 2 | FOO=2\n   | ^^^\n")
                .contains("Found 1 problem (1 error, 0 warnings, 0 info) in 1 file.");
        assertThat(run.out()).doesNotContain("\u001B[");
    }

    @Test
    void failOnDecidesTheExitCode() throws IOException {
        write(".env", "foo=1\n");
        assertThat(CliRun.in(dir, "lint").exitCode()).isZero();
        assertThat(CliRun.in(dir, "lint", "--fail-on", "warning").exitCode()).isEqualTo(1);
        assertThat(CliRun.in(dir, "lint", "--fail-on", "info").exitCode()).isEqualTo(1);
        write(".env", "FOO=1\nFOO=2\n");
        assertThat(CliRun.in(dir, "lint", "--fail-on", "never").exitCode()).isZero();
        CliRun bad = CliRun.in(dir, "lint", "--fail-on", "sometimes");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--fail-on");
    }

    @Test
    void selectAndIgnoreNarrowTheRules() throws IOException {
        write(".env", "foo=1\nfoo=2 \n");
        CliRun selected = CliRun.in(dir, "lint", "--format", "json", "--select", "dotenv/lowercase-key");
        assertThat(ruleIds(selected.out())).containsOnly("dotenv/lowercase-key");
        CliRun ignored = CliRun.in(dir, "lint", "--format", "json", "--ignore", "dotenv/lowercase-key,dotenv/duplicate-key");
        assertThat(ruleIds(ignored.out())).containsOnly("dotenv/trailing-whitespace");
        CliRun category = CliRun.in(dir, "lint", "--format", "json", "--ignore", "dotenv");
        assertThat(ruleIds(category.out())).isEmpty();
        CliRun offByDefault = CliRun.in(dir, "lint", "--format", "json", "--select", "dotenv/unordered-key");
        assertThat(offByDefault.exitCode()).isZero();
    }

    @Test
    void unknownRuleIsAUsageErrorWithASuggestion() throws IOException {
        write(".env", "FOO=1\n");
        CliRun run = CliRun.in(dir, "lint", "--select", "dotenv/duplicate-keys");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown rule 'dotenv/duplicate-keys'; did you mean 'dotenv/duplicate-key'?");
    }

    @Test
    void jsonContractHoldsAndIsSorted() throws IOException {
        write("b/.env.staging", "B=1\nB=2\n");
        write("a/.env", "x=1\nA=1\nA=2\n");
        CliRun run = CliRun.in(dir, "lint", "--format", "json", ".");
        assertThat(run.exitCode()).isEqualTo(1);
        JSONObject json = new JSONObject(run.out());
        assertThat(json.getInt("version")).isEqualTo(1);
        JSONArray findings = json.getJSONArray("findings");
        List<String> order = new ArrayList<>();
        for (int i = 0; i < findings.length(); i++) {
            JSONObject f = findings.getJSONObject(i);
            assertThat(f.keySet()).contains("ruleId", "severity", "message", "file", "line", "column", "endLine",
                    "endColumn");
            order.add(f.getString("file") + ":" + f.getInt("line") + ":" + f.getInt("column"));
        }
        assertThat(order).containsExactly("a/.env:1:1", "a/.env:3:1", "b/.env.staging:2:1");
        JSONObject dup = findings.getJSONObject(1);
        assertThat(dup.getString("key")).isEqualTo("A");
        assertThat(dup.getInt("endColumn")).isEqualTo(2);
        JSONObject summary = json.getJSONObject("summary");
        assertThat(summary.getInt("errors")).isEqualTo(2);
        assertThat(summary.getInt("warnings")).isEqualTo(1);
        assertThat(summary.getInt("infos")).isZero();
        assertThat(summary.getInt("files")).isEqualTo(2);
    }

    @Test
    void folderWalkTakesEnvFilesAndSkipsVendorFolders() throws IOException {
        write("svc/.env.production", "A=1\nA=2\n");
        write("svc/.envrc", "A=1\nA=2\n");
        write("svc/app.env", "A=1\nA=2\n");
        write("node_modules/x/.env", "A=1\nA=2\n");
        write(".git/.env", "A=1\nA=2\n");
        write("target/.env", "A=1\nA=2\n");
        write("build/.env", "A=1\nA=2\n");
        CliRun run = CliRun.in(dir, "lint", "--format", "json");
        JSONObject json = new JSONObject(run.out());
        assertThat(json.getJSONObject("summary").getInt("files")).isEqualTo(1);
        assertThat(json.getJSONArray("findings").getJSONObject(0).getString("file")).isEqualTo("svc/.env.production");
    }

    @Test
    void stdinIsLintedUnderItsGivenName() {
        CliRun run = CliRun.withStdin(dir, "A=1\nA=2\n", "lint", "-", "--stdin-filename", "services/api/.env");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("services/api/.env:2:1: error dotenv/duplicate-key");
    }

    @Test
    void outputFileReceivesTheReport() throws IOException {
        write(".env", "A=1\nA=2\n");
        CliRun run = CliRun.in(dir, "lint", "--format", "json", "--output", "report.json");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(new JSONObject(Files.readString(dir.resolve("report.json"))).getJSONArray("findings").length())
                .isEqualTo(1);
    }

    @Test
    void secretValuesAreMaskedInCodeFrames() throws IOException {
        write(".env", "DB_PASSWORD=hunter2 hunter3\nDATABASE=postgres://app:s3cr3tpw@db:5432/x y\n");
        CliRun run = CliRun.in(dir, "lint");
        assertThat(run.out()).contains("DB_PASSWORD=").doesNotContain("hunter").doesNotContain("s3cr3tpw");
    }

    @Test
    void colourIsOffWithoutATerminalAndWithNoColor() throws IOException {
        write(".env", "A=1\nA=2\n");
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        Terminal tty = new Terminal(new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true),
                java.io.InputStream.nullInputStream(), java.util.Map.of(), dir, true);
        Main.run(new String[] {"lint"}, tty);
        assertThat(out.toString()).contains("\u001B[31m");
        java.io.StringWriter plain = new java.io.StringWriter();
        Terminal noColor = new Terminal(new java.io.PrintWriter(plain, true), new java.io.PrintWriter(err, true),
                java.io.InputStream.nullInputStream(), java.util.Map.of("NO_COLOR", "1"), dir, true);
        Main.run(new String[] {"lint"}, noColor);
        assertThat(plain.toString()).doesNotContain("\u001B[");
        java.io.StringWriter flag = new java.io.StringWriter();
        Terminal flagged = new Terminal(new java.io.PrintWriter(flag, true), new java.io.PrintWriter(err, true),
                java.io.InputStream.nullInputStream(), java.util.Map.of(), dir, true);
        Main.run(new String[] {"lint", "--no-color"}, flagged);
        assertThat(flag.toString()).doesNotContain("\u001B[");
    }

    static List<String> ruleIds(String json) {
        JSONArray findings = new JSONObject(json).getJSONArray("findings");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < findings.length(); i++) {
            ids.add(findings.getJSONObject(i).getString("ruleId"));
        }
        return ids;
    }
}
