package dev.confguard.cli;

import dev.confguard.errors.ExitCode;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The training runs of the AppCDS archives the build writes ({@code pom.xml}, {@code -XX:ArchiveClassesAtExit}):
 * in one JVM each runs the command lines whose start-up matters, so the archive holds the classes of each.
 * {@code lint} (the pre-commit path, read by {@link LintArgs}) of each FILE alone (one file takes its own
 * path: give one with findings and one without) and of a folder in text and JSON; then, unless
 * {@code --lint} is given, {@code check}. A class the archive lacks costs a run ~4 ms for opening the jar.
 * Output is discarded; a run that ends in a usage error or an incomplete check fails the build.
 *
 * <p>Two archives come of it. {@code confguard.jsa}, for every command but lint, is a dynamic archive
 * ({@code -XX:ArchiveClassesAtExit}) on top of the JDK's own. {@code confguard-lint.jsa}, which the launcher
 * maps for {@code lint}, is a static one made from the classes a {@code --lint} run loads
 * ({@code -XX:DumpLoadedClassList}, then {@code -Xshare:dump}), the JDK's included: it replaces the JDK's
 * archive, so a lint start maps 10 MB rather than the JDK's 13.5 and an archive on top. Every start relocates
 * all it maps (this JDK places archives at a random address): ~2 ms less than the JDK's archive with a
 * lint-only dynamic one on top, ~6 ms less than with the full one (bench/README.md, "Lint path (issue 8)").
 * The runs write through a UTF-8 encoder, as main() does, so its classes are in the list.
 *
 * <pre>java -XX:ArchiveClassesAtExit=target/confguard.jsa -cp target/confguard.jar dev.confguard.cli.CdsTraining [--lint] SCRATCH SAMPLES [FILE...]</pre>
 */
public final class CdsTraining {
    private CdsTraining() {
    }

    public static void main(String[] args) {
        boolean lintOnly = args.length > 0 && args[0].equals("--lint");
        int first = lintOnly ? 1 : 0;
        String scratch = args[first];
        String samples = args[first + 1];
        java.util.List<String[]> runs = new java.util.ArrayList<>();
        for (int i = first + 2; i < args.length; i++) {
            runs.add(new String[] {"lint", args[i]});
        }
        runs.add(new String[] {"lint", samples});
        runs.add(new String[] {"lint", "--format", "json", samples});
        if (!lintOnly) {
            runs.add(new String[] {"check", "--format", "json", "--output",
                Path.of(scratch, "appcds-training.json").toString(), samples});
        }
        for (String[] run : runs) {
            StringWriter err = new StringWriter();
            // as main() makes it (the console check and the UTF-8 encoder included), but writing nowhere
            Terminal terminal = Main.systemTerminal(new PrintWriter(new OutputStreamWriter(OutputStream.nullOutputStream(),
                    StandardCharsets.UTF_8), false), new PrintWriter(err, true));
            int code = Main.run(run, terminal);
            if (code != ExitCode.CLEAN && code != ExitCode.FINDINGS) {
                System.err.println("CdsTraining: " + String.join(" ", run) + " exited " + code + ":\n" + err);
                System.exit(2);
            }
        }
    }
}
