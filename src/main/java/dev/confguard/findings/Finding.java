package dev.confguard.findings;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * One problem found: which rule, how serious, what, and exactly where (1-based lines, columns in
 * UTF-16 code units, end exclusive). {@code key}, {@code service}, {@code environment} and {@code fix}
 * may be null; {@code related} lists other places involved; {@code details} are machine-readable facts
 * a rule adds for CI (a schema keyword, a JSON pointer), in the rule's order. Messages never hold a
 * secret value.
 */
public record Finding(
        String ruleId,
        Severity severity,
        String message,
        String file,
        int line,
        int column,
        int endLine,
        int endColumn,
        String key,
        String service,
        String environment,
        Fix fix,
        List<RelatedLocation> related,
        Map<String, String> details) {

    public Finding {
        related = related == null ? List.of() : List.copyOf(related);
        details = Details.copyOf(details);
    }

    /** A finding without details. */
    public Finding(String ruleId, Severity severity, String message, String file, int line, int column, int endLine,
                   int endColumn, String key, String service, String environment, Fix fix,
                   List<RelatedLocation> related) {
        this(ruleId, severity, message, file, line, column, endLine, endColumn, key, service, environment, fix,
                related, Map.of());
    }

    /**
     * Sort order of every report: file, then position, then rule, then message. A class rather than a
     * chain of {@code Comparator.comparing} lambdas, which cost an invokedynamic bootstrap at start-up.
     */
    public static final Comparator<Finding> ORDER = new Comparator<>() {
        @Override
        public int compare(Finding a, Finding b) {
            int c = a.file.compareTo(b.file);
            if (c == 0) {
                c = Integer.compare(a.line, b.line);
            }
            if (c == 0) {
                c = Integer.compare(a.column, b.column);
            }
            if (c == 0) {
                c = a.ruleId.compareTo(b.ruleId);
            }
            return c != 0 ? c : a.message.compareTo(b.message);
        }
    };

    /** The same finding for no one service in particular (a shared layer judged alike for every service). */
    public Finding withoutService() {
        return new Finding(ruleId, severity, message, file, line, column, endLine, endColumn, key, null,
                environment, fix, related, details);
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(ruleId, newSeverity, message, file, line, column, endLine, endColumn, key, service,
                environment, fix, related, details);
    }
}
