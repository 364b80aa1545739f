package dev.confguard.cli;

import dev.confguard.engine.Report;
import dev.confguard.findings.Baseline;
import dev.confguard.report.FlaggedText;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --baseline FILE}: report only findings the baseline does not accept. */
final class BaselineOption {
    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Report only findings not recorded in this baseline (see 'confguard baseline').")
    Path baseline;

    Report apply(Report report, Terminal terminal) {
        if (baseline == null) {
            return report;
        }
        Baseline accepted = Baseline.load(terminal.cwd().resolve(baseline));
        Baseline.Match match = accepted.match(report.findings(), f -> FlaggedText.fingerprint(report, f));
        return report.withBaseline(match.newFindings(), match.suppressed());
    }
}
