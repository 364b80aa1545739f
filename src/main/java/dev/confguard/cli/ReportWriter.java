package dev.confguard.cli;

import dev.confguard.engine.Report;
import dev.confguard.errors.UsageException;
import dev.confguard.source.AtomicFiles;
import dev.confguard.report.OutputFormat;
import dev.confguard.report.Reporter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;

/** Sends a report to stdout, or atomically to {@code --output}. */
final class ReportWriter {
    private ReportWriter() {
    }

    static void write(Report report, ReportOptions options, Terminal terminal) {
        boolean color = options.output == null && !options.noColor && terminal.colorAllowed();
        java.util.List<dev.confguard.rules.Rule> rules = new java.util.ArrayList<>();
        String version = "";
        String rootUri = "";
        if (options.format == OutputFormat.SARIF) {
            // SARIF describes every rule, the builtin packs' included, and names the version and the root it
            // resolves paths against; the other formats use none of these and never pay for them
            rules.addAll(dev.confguard.rules.pack.PackSet.catalogRegistry().all());
            version = BuildInfo.version();
            String root = terminal.cwd().toUri().toString();
            rootUri = root.endsWith("/") ? root : root + "/";
        }
        Reporter reporter = options.format.reporter(color, rules, version, rootUri);
        try {
            if (options.output == null) {
                Writer out = new BufferedWriter(terminal.out(), 1 << 16);
                reporter.write(report, out);
                out.flush();
            } else {
                // streamed into the temp file that then replaces the target: atomic, and never a copy in memory
                AtomicFiles.write(terminal.cwd().resolve(options.output), new AtomicFiles.Text() {
                    @Override
                    public void writeTo(Writer out) throws IOException {
                        reporter.write(report, out);
                    }
                });
            }
        } catch (IOException e) {
            throw new UsageException("cannot write the report to " + options.output + ": " + e.getMessage(), e);
        }
    }

    /**
     * Prints the inputs that could not be used and the checks that could not run, one line each, and says
     * the exit code they leave: 2 when any input was unusable, else 3 when a check could not run (never
     * read as clean, whatever the findings), else 1 or 0 by the threshold.
     */
    static int exitCode(dev.confguard.engine.Report result, dev.confguard.findings.Severity threshold,
                        Terminal terminal) {
        for (dev.confguard.engine.InputError error : result.errors()) {
            terminal.err().println("confguard: error: " + error.message());
        }
        if (!result.errors().isEmpty()) {
            return dev.confguard.errors.ExitCode.USAGE;
        }
        for (String reason : result.incomplete()) {
            terminal.err().println("confguard: incomplete: " + reason);
        }
        if (result.isIncomplete()) {
            return dev.confguard.errors.ExitCode.INCOMPLETE;
        }
        return result.failsAt(threshold) ? dev.confguard.errors.ExitCode.FINDINGS : dev.confguard.errors.ExitCode.CLEAN;
    }
}
