package dev.confguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.confguard.engine.LintEngine;
import dev.confguard.engine.LintRequest;
import dev.confguard.engine.Report;
import dev.confguard.findings.Baseline;
import dev.confguard.findings.Finding;
import dev.confguard.report.FlaggedText;
import dev.confguard.rules.RuleRegistry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves that {@code lint} prints exactly what it printed before the start-up and throughput work of
 * issue 8: every case below runs the command line in-process on a generated corpus ({@link LintCorpus})
 * and compares the SHA-256 of exit code, stdout, stderr and any {@code -o} file with the digests in
 * {@code src/test/resources/golden/lint-identity.sha256}. Those digests were recorded with the code of
 * commit 9212a33, before any of that work (text, colour, JSON, SARIF, JUnit, GitHub, -o, stdin,
 * --select/--ignore, --baseline, unusable inputs, single files, two inputs shown under one name, and a
 * 60,000-line file with ~65,000 findings, which takes the two-thread path). Cases added later were
 * recorded the same way: this test, run with the update flag on an export of commit dbc5763 (that
 * code plus this test), which also reproduces every earlier digest.
 * On a mismatch the actual output is written to {@code target/lint-identity/CASE.txt} for a diff.
 * Regenerate only for an intended change of output, with {@code -Dconfguard.updateGolden=true}.
 */
class LintOutputIdentityTest {
    static final Path DIGESTS = Path.of("src/test/resources/golden/lint-identity.sha256");
    static final int BIG_LINES = 60_000;

    @TempDir
    static Path dir;

    @BeforeAll
    static void corpus() throws IOException {
        LintCorpus.write(dir, BIG_LINES);
        // A baseline that accepts every other finding of repo/svc-a, as `confguard baseline` would record it.
        Report report = new LintEngine(RuleRegistry.builtin()).run(new LintRequest(dir, List.of("repo/svc-a"), null,
                List.of(), List.of(), LintRequest.DEFAULT_MAX_FILE_BYTES), InputStream.nullInputStream());
        List<Finding> half = new ArrayList<>();
        for (int i = 0; i < report.findings().size(); i += 2) {
            half.add(report.findings().get(i));
        }
        Baseline.of(half, f -> FlaggedText.fingerprint(report, f)).write(dir.resolve("baseline.json"));
    }

    /** One command line: its arguments, standard input, whether stdout is a terminal, and the file -o writes. */
    record Case(String name, String[] args, String stdin, boolean tty, String outputFile) {
        static Case of(String name, String... args) {
            return new Case(name, args, null, false, null);
        }

        Case withStdin(String text) {
            return new Case(name, args, text, tty, outputFile);
        }

        Case onTerminal() {
            return new Case(name, args, stdin, true, outputFile);
        }

        Case writing(String file) {
            return new Case(name, args, stdin, tty, file);
        }
    }

    static List<Case> cases() throws IOException {
        String svcA = Files.readString(dir.resolve("repo/svc-a/.env"), StandardCharsets.ISO_8859_1);
        return List.of(
                Case.of("text", "lint", "repo"),
                Case.of("json", "lint", "--format", "json", "repo"),
                Case.of("sarif", "lint", "--format", "sarif", "repo"),
                Case.of("junit", "lint", "--format=junit", "repo"),
                Case.of("github", "lint", "--fail-on", "never", "--format", "github", "repo"),
                Case.of("colour", "lint", "repo").onTerminal(),
                Case.of("no-colour-flag", "lint", "--no-color", "repo/svc-a").onTerminal(),
                Case.of("output-text", "lint", "-o", "out/report.txt", "repo").writing("out/report.txt"),
                Case.of("output-json", "lint", "--output", "out/report.json", "--format", "json", "repo")
                        .writing("out/report.json"),
                Case.of("select-ignore", "lint", "--format", "json", "--select", "dotenv/unordered-key,dotenv",
                        "--ignore", "dotenv/duplicate-key", "--ignore", "dotenv/dialect-divergence", "repo"),
                Case.of("select-unknown", "lint", "--select", "dotenv/duplicate-keys", "repo"),
                Case.of("ignore-all", "lint", "--ignore", "dotenv", "repo"),
                Case.of("fail-on-info", "lint", "--fail-on", "info", "repo/clean"),
                Case.of("fail-on-bad", "lint", "--fail-on", "sometimes", "repo/clean"),
                Case.of("stdin", "lint", "repo/svc-b", "-", "--stdin-filename", "repo/svc-a/.env.stdin")
                        .withStdin(svcA),
                Case.of("stdin-unnamed", "lint", "-").withStdin(svcA),
                Case.of("unusable", "lint", "repo/missing/.env", "repo/svc-c", "repo/empty"),
                Case.of("max-file-size", "lint", "--max-file-size", "0", "repo/svc-c"),
                Case.of("baseline", "lint", "--baseline", "baseline.json", "repo/svc-a"),
                Case.of("baseline-json", "lint", "--format", "json", "--baseline", "baseline.json", "repo/svc-a"),
                Case.of("stdin-same-name", "lint", "repo/svc-b", "-", "--stdin-filename", "repo/svc-b/.env.local")
                        .withStdin(svcA),
                Case.of("single-json", "lint", "--format", "json", "repo/svc-b/.env.production"),
                Case.of("single-colour", "lint", "repo/svc-d/.env.cr").onTerminal(),
                Case.of("single-clean", "lint", "repo/clean/.env"),
                Case.of("big-text", "lint", "big/.env"),
                Case.of("big-json", "lint", "--format", "json", "big/.env"),
                Case.of("big-output", "lint", "-o", "out/big.txt", "big/.env").writing("out/big.txt"));
    }

    @Test
    void lintPrintsWhatItPrintedBefore() throws IOException {
        Map<String, String> expected = readDigests();
        Map<String, String> actual = new LinkedHashMap<>();
        List<String> differ = new ArrayList<>();
        for (Case c : cases()) {
            String transcript = transcript(run(c));
            String digest = sha256(transcript);
            actual.put(c.name(), digest);
            if (SamplesGoldenTest.UPDATE) {
                Path dump = Path.of("target/lint-identity-reference/" + c.name() + ".txt");
                Files.createDirectories(dump.getParent());
                Files.writeString(dump, transcript, StandardCharsets.UTF_8);
            } else if (!digest.equals(expected.get(c.name()))) {
                differ.add(c.name());
                Path dump = Path.of("target/lint-identity/" + c.name() + ".txt");
                Files.createDirectories(dump.getParent());
                Files.writeString(dump, transcript, StandardCharsets.UTF_8);
            }
        }
        if (SamplesGoldenTest.UPDATE) {
            StringBuilder out = new StringBuilder();
            actual.forEach((name, digest) -> out.append(digest).append("  ").append(name).append('\n'));
            Files.writeString(DIGESTS, out.toString(), StandardCharsets.UTF_8);
            return;
        }
        assertThat(differ).as("cases whose output changed (see target/lint-identity/)").isEmpty();
        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
    }

    /** Exit code, stdout, stderr and the -o file of one run. */
    record Outcome(int exitCode, String out, String err, String file) {
    }

    static Outcome run(Case c) throws IOException {
        if (c.outputFile() != null) {
            Files.deleteIfExists(dir.resolve(c.outputFile()));
            Files.createDirectories(dir.resolve(c.outputFile()).getParent());
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        byte[] stdin = c.stdin() == null ? new byte[0] : c.stdin().getBytes(StandardCharsets.ISO_8859_1);
        Terminal terminal = new Terminal(new PrintWriter(out, true), new PrintWriter(err, true),
                new ByteArrayInputStream(stdin), Map.of(), dir, c.tty());
        int code = Main.run(c.args(), terminal);
        String file = c.outputFile() == null ? null : Files.readString(dir.resolve(c.outputFile()), StandardCharsets.UTF_8);
        return new Outcome(code, out.toString(), err.toString(), file);
    }

    static String transcript(Outcome o) {
        String root = dir.toUri().toString();
        return ("exit " + o.exitCode() + "\n--- stdout ---\n" + o.out() + "\n--- stderr ---\n" + o.err()
                + (o.file() == null ? "" : "\n--- file ---\n" + o.file())).replace(root, "file:///ROOT/");
    }

    static String sha256(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (byte b : d) {
                hex.append(String.format("%02x", b));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> readDigests() throws IOException {
        Map<String, String> digests = new LinkedHashMap<>();
        if (!Files.exists(DIGESTS)) {
            return digests;
        }
        for (String line : Files.readAllLines(DIGESTS, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                String[] parts = line.split("  ", 2);
                digests.put(parts[1], parts[0]);
            }
        }
        return digests;
    }
}
