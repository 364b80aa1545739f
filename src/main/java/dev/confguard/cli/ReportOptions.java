package dev.confguard.cli;

import dev.confguard.findings.Severity;
import dev.confguard.report.OutputFormat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The options every reporting command shares: format, destination, threshold and rule selection. */
final class ReportOptions {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of stdout.")
    Path output;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
            description = "Exit 1 when a finding is at or above LEVEL: error, warning, info or never "
                    + "(default: ${DEFAULT-VALUE}).")
    String failOn;

    @Option(names = "--select", paramLabel = "RULE", split = ",",
            description = "Run only these rules or categories (may turn on rules that are off by default).")
    List<String> select = new ArrayList<>();

    @Option(names = "--ignore", paramLabel = "RULE", split = ",", description = "Do not run these rules or categories.")
    List<String> ignore = new ArrayList<>();

    @Option(names = "--no-color", description = "Never colour the output (NO_COLOR is honoured too).")
    boolean noColor;

    @Option(names = "--debug", description = "Show stack traces of internal errors.")
    boolean debug;

    /** The threshold, or null for {@code never}. */
    Severity failOnSeverity() {
        if ("never".equalsIgnoreCase(failOn)) {
            return null;
        }
        try {
            return Severity.parse(failOn);
        } catch (IllegalArgumentException e) {
            throw new dev.confguard.errors.UsageException("--fail-on: expected error, warning, info or never, got '"
                    + failOn + "'");
        }
    }
}
