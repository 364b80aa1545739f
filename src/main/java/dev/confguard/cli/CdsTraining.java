package dev.confguard.cli;

import dev.confguard.errors.ExitCode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;

/**
 * The training run of the AppCDS archive the build writes ({@code pom.xml}, {@code -XX:ArchiveClassesAtExit}):
 * in one JVM it runs the command lines whose start-up matters, so the archive holds the classes of each.
 * {@code lint} (the pre-commit path, read by {@link LintArgs}) of a folder in text and JSON and of each
 * FILE alone (one file takes its own path: give one with findings and one without), and {@code check}.
 * A class the archive lacks costs a lint run ~4 ms for opening the jar. Output is discarded; a run that
 * ends in a usage error or an incomplete check fails the build.
 *
 * <pre>java -XX:ArchiveClassesAtExit=target/confguard.jsa -cp target/confguard.jar dev.confguard.cli.CdsTraining SCRATCH SAMPLES [FILE...]</pre>
 */
public final class CdsTraining {
    private CdsTraining() {
    }

    public static void main(String[] args) {
        String scratch = args[0];
        String samples = args[1];
        java.util.List<String[]> runs = new java.util.ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            runs.add(new String[] {"lint", args[i]});
        }
        runs.add(new String[] {"lint", samples});
        runs.add(new String[] {"lint", "--format", "json", samples});
        runs.add(new String[] {"check", "--format", "json", "--output", Path.of(scratch, "appcds-training.json").toString(),
            samples});
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
