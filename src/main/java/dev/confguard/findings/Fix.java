package dev.confguard.findings;

import java.util.List;

/** What a rule proposes to correct a finding: non-overlapping edits and whether they are safe. */
public record Fix(String description, Applicability applicability, List<Edit> edits) {
    public Fix {
        edits = List.copyOf(edits);
    }

    public static Fix safe(String description, Edit... edits) {
        return new Fix(description, Applicability.SAFE, List.of(edits));
    }

    public static Fix unsafe(String description, Edit... edits) {
        return new Fix(description, Applicability.UNSAFE, List.of(edits));
    }
}
