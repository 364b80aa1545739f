package dev.confguard.cli;

import dev.confguard.engine.Report;
import dev.confguard.errors.UsageException;
import dev.confguard.source.AtomicFiles;
import dev.confguard.report.Reporter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** Sends a report to stdout, or atomically to {@code --output}. */
final class ReportWriter {
    private ReportWriter() {
    }

    static void write(Report report, ReportOptions options, Terminal terminal) {
        boolean color = options.output == null && !options.noColor && terminal.colorAllowed();
        java.util.List<dev.confguard.rules.Rule> rules = new java.util.ArrayList<>();
        if (options.format == dev.confguard.report.OutputFormat.SARIF) {
            // SARIF describes every rule, the builtin packs' included; other formats never pay for loading them
            rules.addAll(dev.confguard.rules.pack.PackSet.catalogRegistry().all());
        }
        String root = terminal.cwd().toUri().toString();
        Reporter reporter = options.format.reporter(color, rules, VersionProvider.version(),
                root.endsWith("/") ? root : root + "/");
        try {
            if (options.output == null) {
                Writer out = new BufferedWriter(terminal.out(), 1 << 16);
                reporter.write(report, out);
                out.flush();
            } else {
                StringWriter buffer = new StringWriter();
                reporter.write(report, buffer);
                AtomicFiles.write(terminal.cwd().resolve(options.output), buffer.toString().getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UsageException("cannot write the report to " + options.output + ": " + e.getMessage(), e);
        }
    }
}
