package dev.confguard.cli;

import dev.confguard.errors.ExitCode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;

/**
 * The training runs of the AppCDS archives the build writes ({@code pom.xml}, {@code -XX:ArchiveClassesAtExit}):
 * in one JVM each runs the command lines whose start-up matters, so the archive holds the classes of each.
 * {@code lint} (the pre-commit path, read by {@link LintArgs}) of each FILE alone (one file takes its own
 * path: give one with findings and one without) and of a folder in text and JSON; then, unless
 * {@code --lint} is given, {@code check}. A class the archive lacks costs a run ~4 ms for opening the jar.
 * Output is discarded; a run that ends in a usage error or an incomplete check fails the build.
 *
 * <p>Two archives come of it: {@code confguard-lint.jsa} ({@code --lint}), which the launcher maps for
 * {@code lint}, and {@code confguard.jsa} for every other command. Every start maps and relocates its
 * archive (this JDK places archives at a random address), ~4 ms for the 9 MB of the full one against
 * well under 1 ms for lint's; lint needs a tenth of its classes (bench/README.md, "Lint path (issue 8)").
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
            // as main() makes it (the console check included), but writing nowhere
            Terminal terminal = Main.systemTerminal(new PrintWriter(Writer.nullWriter()), new PrintWriter(err, true));
            int code = Main.run(run, terminal);
            if (code != ExitCode.CLEAN && code != ExitCode.FINDINGS) {
                System.err.println("CdsTraining: " + String.join(" ", run) + " exited " + code + ":\n" + err);
                System.exit(2);
            }
        }
    }
}
