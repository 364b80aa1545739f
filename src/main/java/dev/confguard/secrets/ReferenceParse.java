package dev.confguard.secrets;

import java.util.List;

/** What a piece of text says about a secret: one reference, several possible ones, or a broken one. */
public sealed interface ReferenceParse permits ReferenceParse.Parsed, ReferenceParse.Ambiguous,
        ReferenceParse.Malformed {

    /** The reference text as written. */
    String text();

    /** One reading: {@code form} names the syntax ({@code berglas}, {@code spring}, {@code resource-name}...). */
    record Parsed(String text, SecretRef ref, String form) implements ReferenceParse {
    }

    /** Two readings that name different secrets; each reading says whose it is ({@code berglas: ...}). */
    record Ambiguous(String text, List<String> readings) implements ReferenceParse {
        public Ambiguous {
            readings = List.copyOf(readings);
        }
    }

    /** Looks like a reference but is none: the reason says what is wrong. */
    record Malformed(String text, String reason) implements ReferenceParse {
    }
}
