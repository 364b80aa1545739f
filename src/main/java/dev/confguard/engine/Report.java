package dev.confguard.engine;

import dev.confguard.findings.Finding;
import dev.confguard.findings.Severity;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a run: findings sorted by file and position, the files that have findings (for
 * code frames), how many files were looked at, the inputs that could not be used, how many
 * findings a baseline accepted, and the checks that could not run ({@code incomplete}: one line each,
 * such as a secret store that could not be reached). An incomplete report is never a clean one.
 */
public record Report(List<Finding> findings, Map<String, FileView> files, int fileCount, List<InputError> errors,
                     int baselined, List<String> incomplete) {

    public Report {
        // lint's compact findings are immutable already; a copy would make every one of them
        findings = findings instanceof FindingTable.View ? findings : List.copyOf(findings);
        files = Map.copyOf(files);
        errors = List.copyOf(errors);
        incomplete = List.copyOf(incomplete);
    }

    public Report(List<Finding> findings, Map<String, FileView> files, int fileCount, List<InputError> errors) {
        this(findings, files, fileCount, errors, 0, List.of());
    }

    /** The same report with only {@code kept} findings (for example those touching changed files). */
    public Report keeping(List<Finding> kept) {
        return new Report(kept, files, fileCount, errors, baselined, incomplete);
    }

    /** The same report with only {@code kept} findings; {@code suppressed} were accepted by a baseline. */
    public Report withBaseline(List<Finding> kept, int suppressed) {
        return new Report(kept, files, fileCount, errors, baselined + suppressed, incomplete);
    }

    /** The same report, marked incomplete for these reasons. */
    public Report incompleteBecause(List<String> reasons) {
        List<String> all = new java.util.ArrayList<>(incomplete);
        all.addAll(reasons);
        return new Report(findings, files, fileCount, errors, baselined, all);
    }

    public boolean isIncomplete() {
        return !incomplete.isEmpty();
    }

    public long count(Severity severity) {
        if (findings instanceof FindingTable.View) {
            return ((FindingTable.View) findings).count(severity);
        }
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
        if (findings instanceof FindingTable.View) {
            return ((FindingTable.View) findings).failsAt(threshold);
        }
        for (Finding f : findings) {
            if (f.severity().atLeast(threshold)) {
                return true;
            }
        }
        return false;
    }
}
