package dev.confguard.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@link LintArgs} reads {@code lint}'s arguments without picocli. For every argument list below it
 * must either give the command picocli gives (same fields) and the same run (exit code, stdout,
 * stderr, -o file), or step aside and leave the list to picocli. The second half of the table are
 * lists it must leave to picocli: they make help, errors and the unusual forms come out exactly as
 * picocli words them.
 */
class LintArgsTest {
    @TempDir
    Path dir;

    /** Argument lists (after "lint") that LintArgs reads itself. */
    static final List<List<String>> READ = List.of(
            List.of(), List.of("."), List.of(".env"), List.of("-"), List.of(".env", "sub"), List.of("a=b"),
            List.of("--format", "json", "."), List.of("--format=json"), List.of("--format", "JSON"),
            List.of("--format", "sarif"), List.of("--format", "junit"), List.of("--format", "github"),
            List.of("--format", "text", ".env"), List.of("--format", "GITHUB"),
            List.of("-o", "out/report.txt"), List.of("--output", "out/report.txt", "--format", "json"),
            List.of("--output=out/report.txt", ".env"), List.of("-o", "out/report.json", "--format=json", "sub"),
            List.of("--fail-on", "warning"), List.of("--fail-on", "never"), List.of("--fail-on", "sometimes"),
            List.of("--fail-on=INFO"), List.of("--fail-on", "error", ".env"),
            List.of("--select", "dotenv/lowercase-key"), List.of("--select", "dotenv/lowercase-key,dotenv/duplicate-key"),
            List.of("--select", "dotenv/unordered-key", "--select", "dotenv/lowercase-key"),
            List.of("--ignore", "dotenv"), List.of("--select=dotenv/unordered-key"), List.of("--ignore=dotenv/duplicate-key"),
            List.of("--select", "dotenv/duplicate-keys"), List.of("--ignore", "nope"), List.of("--select", "yaml"),
            List.of("--select", "secrets/missing-secret"), List.of("--select", "builtin:netra"),
            List.of("--no-color"), List.of("--debug"), List.of("--no-color", "--debug", "."),
            List.of("--stdin-filename", "x/.env", "-"), List.of("--stdin-filename=x/.env", "-", ".env"),
            List.of("--max-file-size", "0"), List.of("--max-file-size", "1"), List.of("--max-file-size", "064"),
            List.of("--max-file-size=2", "."), List.of("--baseline", "missing.json"), List.of("--baseline", "bl.json"),
            List.of("--baseline=bl.json", "--format", "json"), List.of(".", "--format", "json", "sub", "--no-color"),
            List.of("nope/.env"), List.of("sub", "missing"), List.of("-", "--fail-on", "never", "-"));

    /** Argument lists LintArgs must leave to picocli. */
    static final List<List<String>> LEFT = List.of(
            List.of("--help"), List.of("-h"), List.of("--version"), List.of("-V"), List.of("-Vh"), List.of("--frobnicate"),
            List.of("-x"), List.of("--format"), List.of("--format", "xml"), List.of("--format="), List.of("--format", "Json"),
            List.of("--format", "json", "--format", "text"), List.of("-o"), List.of("-oout.txt"), List.of("-o=out.txt"),
            List.of("-o", "a", "--output", "b"), List.of("--", "-weird"), List.of("--", "."),
            List.of("--max-file-size", "+5"), List.of("--max-file-size", "-1"), List.of("--max-file-size", "0x10"),
            List.of("--max-file-size", "99999999999999999999"), List.of("--max-file-size", "1.5"),
            List.of("--max-file-size", " 5"), List.of("--select", ""), List.of("--select", "a,,b"), List.of("--select", ",a"),
            List.of("--select", "a,"), List.of("--select", "\"a,b\""), List.of("--select", "'a'"),
            List.of("--no-color", "--no-color"), List.of("--no-color=true"), List.of("--debug=false"),
            List.of("--stdin-filename"), List.of("--stdin-filename", "-"), List.of("--output", "-"),
            List.of("--fail-on", "-"), List.of(""), List.of("--select", "--format"), List.of("--baseline"),
            List.of("@args.txt"), List.of("--format", "@args.txt"), List.of("--fail-on", "never", "--fail-on", "error"),
            List.of("--baseline", "a", "--baseline", "b"), List.of("--stdin-filename", "a", "--stdin-filename", "b"),
            List.of("--max-file-size", "1", "--max-file-size", "2"), List.of("--debug", "--debug"), List.of("", "x"),
            List.of("---format", "json"), List.of("--=x"), List.of("--output", "a\u0000b"));

    private void corpus() throws IOException {
        TestFiles.write(dir, ".env", "A=1\nA=2\nfoo=1\nB=two words \nC=\"x\"\n");
        TestFiles.write(dir, "sub/.env.staging", "export D=1\nE = 2\n");
        Files.writeString(dir.resolve("args.txt"), "--format\njson\n.\n");
        CliRun created = CliRun.in(dir, "lint", "--format", "json", ".");
        assertThat(created.exitCode()).isEqualTo(1);
        // a baseline file as `confguard baseline` writes it: version 1, no entries
        Files.writeString(dir.resolve("bl.json"), "{\"version\": 1, \"tool\": \"confguard\", \"entries\": []}\n");
    }

    @Test
    void readsWhatPicocliReadsAndRunsTheSame() throws IOException {
        corpus();
        for (List<String> args : READ) {
            String[] argv = args.toArray(new String[0]);
            LintCommand hand = LintArgs.parse(lint(argv), 1);
            assertThat(hand).as("LintArgs reads %s", args).isNotNull();
            LintCommand picocli = picocli(argv);
            assertThat(fields(hand)).as("fields for %s", args).isEqualTo(fields(picocli));
            assertThat(run(argv, false)).as("run of lint %s", args).isEqualTo(run(argv, true));
        }
    }

    @Test
    void leavesEverythingElseToPicocli() throws IOException {
        corpus();
        for (List<String> args : LEFT) {
            String[] argv = args.toArray(new String[0]);
            assertThat(LintArgs.parse(lint(argv), 1)).as("LintArgs leaves %s to picocli", args).isNull();
            // Main.run then goes through picocli: same outcome as calling picocli directly
            assertThat(run(argv, false)).as("run of lint %s", args).isEqualTo(run(argv, true));
        }
        assertThat(run(new String[] {"--help"}, false).out()).startsWith("Usage: confguard lint");
        assertThat(run(new String[] {"--frobnicate"}, false).err()).contains("Unknown option: '--frobnicate'");
    }

    /** Plain lint arguments never touch picocli: they run in a class loader that does not have it. */
    @Test
    void plainLintRunsWithoutPicocli() throws Exception {
        corpus();
        Files.createDirectories(dir.resolve("out"));
        List<URL> urls = new ArrayList<>();
        for (String name : List.of("dev.confguard.cli.Main", "com.fasterxml.jackson.core.JsonFactory", "org.json.JSONObject")) {
            urls.add(Class.forName(name).getProtectionDomain().getCodeSource().getLocation());
        }
        URL picocli = CommandLine.class.getProtectionDomain().getCodeSource().getLocation();
        assertThat(urls).doesNotContain(picocli);
        List<String> loaded = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (URLClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                loaded.add(name);
                return super.findClass(name);
            }
        }) {
            assertThatThrownBy(() -> loader.loadClass("picocli.CommandLine")).isInstanceOf(ClassNotFoundException.class);
            Method run = loader.loadClass("dev.confguard.cli.Main").getMethod("run", String[].class, PrintWriter.class,
                    PrintWriter.class, InputStream.class, Path.class);
            for (String[] args : List.of(new String[] {"lint"}, new String[] {"lint", "--format", "json", ".env", "sub"},
                    new String[] {"lint", "-o", "out/r.txt", "--no-color", "--select", "dotenv", "--fail-on", "never"})) {
                StringWriter out = new StringWriter();
                StringWriter err = new StringWriter();
                Object code = run.invoke(null, args, new PrintWriter(out, true), new PrintWriter(err, true),
                        new ByteArrayInputStream(new byte[0]), dir);
                CliRun expected = CliRun.in(dir, args);
                assertThat(new CliRun((Integer) code, out.toString(), err.toString())).as(Arrays.toString(args))
                        .isEqualTo(expected);
            }
        }
        // lint reads .env files only: the rules for YAML, resolution, schemas, secrets and packs stay unloaded
        assertThat(loaded).contains("dev.confguard.rules.dotenv.DialectDivergenceRule")
                .noneMatch(name -> name.startsWith("dev.confguard.rules.yaml.") || name.startsWith("dev.confguard.rules.resolve.")
                        || name.startsWith("dev.confguard.rules.schema.") || name.startsWith("dev.confguard.rules.secrets.")
                        || name.startsWith("dev.confguard.rules.pack.") && !name.endsWith(".KnownRuleIds"));
    }

    private static String[] lint(String[] args) {
        String[] all = new String[args.length + 1];
        all[0] = "lint";
        System.arraycopy(args, 0, all, 1, args.length);
        return all;
    }

    private static LintCommand picocli(String[] args) {
        LintCommand command = new LintCommand();
        new CommandLine(command).parseArgs(args);
        return command;
    }

    private static List<Object> fields(LintCommand c) {
        return List.of(c.paths, String.valueOf(c.stdinFilename), c.maxFileMib, c.report.format,
                String.valueOf(c.report.output), c.report.failOn, c.report.select, c.report.ignore, c.report.noColor,
                c.report.debug, String.valueOf(c.baseline.baseline));
    }

    record Outcome(int exitCode, String out, String err, String file) {
    }

    /** One run of {@code lint args}, through Main (LintArgs when it reads them) or straight through picocli. */
    private Outcome run(String[] args, boolean picocliOnly) throws IOException {
        for (String name : List.of("out/report.txt", "out/report.json", "out.txt", "a", "b")) {
            Files.deleteIfExists(dir.resolve(name));
        }
        Files.createDirectories(dir.resolve("out"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Terminal terminal = new Terminal(new PrintWriter(out, true), new PrintWriter(err, true),
                new ByteArrayInputStream("X=1\nX=2\n".getBytes(StandardCharsets.UTF_8)), Map.of(), dir, false);
        int code = picocliOnly ? CommandLineFactory.execute(terminal, lint(args)) : Main.run(lint(args), terminal);
        StringBuilder files = new StringBuilder();
        for (String name : List.of("out/report.txt", "out/report.json", "out.txt", "a", "b")) {
            Path p = dir.resolve(name);
            if (Files.isRegularFile(p)) {
                files.append(name).append(":\n").append(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return new Outcome(code, out.toString(), err.toString(), files.toString());
    }
}
