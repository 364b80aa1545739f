package dev.confguard.resolve;

import java.util.List;

/**
 * What one layer file contributes, read through the workspace's dialect and key style once per file
 * however many (service, environment) pairs layer it: nothing (no file), an error, or bindings with
 * the positions of their values.
 */
sealed interface LayerContent permits LayerContent.Absent, LayerContent.Unusable, LayerContent.Read {

    String file();

    /** No file at that path. */
    record Absent(String file) implements LayerContent {
    }

    /** A file that cannot be used; {@code at} is where the problem is (1:1 when it is the whole file). */
    record Unusable(String file, String reason, Span at) implements LayerContent {
    }

    /**
     * A file's final bindings, in the order its reader lists them. {@code syntaxError} is where a
     * YAML/JSON syntax error stopped the parser (null when none); {@code partial} says whether
     * anything before it was kept.
     */
    record Read(String file, List<Binding> bindings, Span syntaxError, boolean partial) implements LayerContent {
        public Read {
            bindings = List.copyOf(bindings);
        }
    }

    /**
     * One key the layer sets: the value as read, whether it is literal (never interpolated), where it
     * is, and its references parsed once for every pair that layers the file (null when it has none).
     */
    record Binding(String key, String raw, boolean literal, Span span, Template template) {
        Binding(String key, String raw, boolean literal, Span span) {
            this(key, raw, literal, span,
                    literal || raw == null || !Template.mayHaveReferences(raw) ? null : Template.parse(raw));
        }
    }

    /** A 1-based range of positions, end exclusive. */
    record Span(int line, int column, int endLine, int endColumn) {
        static final Span FILE_START = new Span(1, 1, 1, 1);
    }
}
