package dev.confguard.rules;

import dev.confguard.findings.Severity;

/**
 * What a rule declares about itself, once: its stable id, a one-line summary, its default severity,
 * whether it can fix what it finds, and whether it runs without being selected.
 */
public record RuleMeta(String id, String summary, Severity defaultSeverity, Fixability fixability,
                       boolean enabledByDefault) {

    public static RuleMeta of(String id, String summary, Severity severity, Fixability fixability) {
        return new RuleMeta(id, summary, severity, fixability, true);
    }

    public RuleMeta offByDefault() {
        return new RuleMeta(id, summary, defaultSeverity, fixability, false);
    }
}
