package dev.confguard.resolve;

import java.util.List;

/**
 * Something that makes a resolved configuration wrong or incomplete. {@code key} is the key concerned
 * (null for a layer issue); {@code at} is where to point (null when there is no place in a file, as
 * for a missing layer); {@code related} are the other places involved. Messages name keys and files,
 * never values, since values may be secrets.
 */
public record ResolutionIssue(Kind kind, String key, ValueOrigin at, String message, List<ValueOrigin> related) {
    public ResolutionIssue {
        related = List.copyOf(related);
    }

    /** The kinds of issue. */
    public enum Kind {
        /** A reference with no value and no default; it expands to "". */
        UNDEFINED_VARIABLE,
        /** Keys whose values refer to each other ({@code A → B → A}); the cyclic references expand to "" or their default. */
        INTERPOLATION_CYCLE,
        /** A {@code ${...}} that is not a reference this resolver understands; it is kept as written. */
        INVALID_REFERENCE,
        /** A value that would expand past the size limit (1 MiB); it is left empty. */
        VALUE_TOO_LARGE,
        /** A required hierarchy level with no file for this (service, environment). */
        MISSING_REQUIRED_LAYER,
        /** A layer file that exists but cannot be used (too large, binary, unreadable, unparseable). */
        UNUSABLE_LAYER,
        /** A YAML/JSON layer with a syntax error: some or all of its keys are missing from the resolution. */
        LAYER_SYNTAX_ERROR
    }
}
