package dev.confguard.engine;

import dev.confguard.findings.Finding;
import dev.confguard.findings.Severity;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a run: findings sorted by file and position, the files that have findings (for
 * code frames), how many files were looked at, and the inputs that could not be used.
 */
public record Report(List<Finding> findings, Map<String, FileView> files, int fileCount, List<InputError> errors) {

    public Report {
        findings = List.copyOf(findings);
        files = Map.copyOf(files);
        errors = List.copyOf(errors);
    }

    public long count(Severity severity) {
        long n = 0;
        for (Finding f : findings) {
            if (f.severity() == severity) {
                n++;
            }
        }
        return n;
    }

    /** True when some finding is at or above the threshold; a null threshold never fails. */
    public boolean failsAt(Severity threshold) {
        if (threshold == null) {
            return false;
        }
        for (Finding f : findings) {
            if (f.severity().atLeast(threshold)) {
                return true;
            }
        }
        return false;
    }
}
