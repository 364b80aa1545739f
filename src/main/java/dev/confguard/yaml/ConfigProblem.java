package dev.confguard.yaml;

import dev.confguard.source.TextRange;

/**
 * Something wrong with a config file. {@code fatal} problems (alias bombs, excessive nesting,
 * oversized documents) make the file unusable: they become a one-line error and exit 2. The others
 * become findings of the matching {@code yaml/*} rule. {@code related} is the first occurrence for
 * a duplicate key, else null.
 */
public record ConfigProblem(Kind kind, TextRange range, String message, TextRange related) {

    /** The kinds of problem, each reported by one rule or as an input error. */
    public enum Kind {
        SYNTAX(false), DUPLICATE_KEY(false), IMPLICIT_TYPE(false), NON_SCALAR_KEY(false),
        TOO_DEEP(true), ALIAS_LIMIT(true), TOO_LARGE(true);

        private final boolean fatal;

        Kind(boolean fatal) {
            this.fatal = fatal;
        }

        public boolean fatal() {
            return fatal;
        }
    }

    public boolean fatal() {
        return kind.fatal();
    }
}
