package dev.confguard.resolve;

import java.util.ArrayList;
import java.util.List;

/**
 * A value cut into literal text and variable references, in one left-to-right pass with an explicit
 * stack (no regex, no recursion), so defaults nested to any depth parse in linear time.
 *
 * <p>Syntax: {@code ${NAME}}, {@code ${NAME:-default}}, {@code ${NAME-default}} and {@code $NAME};
 * {@code \$} and {@code $$} are a literal {@code $}; any other {@code $} or backslash is literal. A
 * bare name is {@code [A-Za-z_][A-Za-z0-9_]*}; a braced name may also hold dots, for
 * {@code yamlKeys: path} keys such as {@code ${database.host}}. A default runs to the first closing
 * brace that does not close a nested reference, and may itself hold references. A <code>${</code>
 * that starts none of these is malformed and kept as written; so is everything from an unterminated
 * <code>${</code> on.
 */
final class Template {

    /** One piece of a template. */
    sealed interface Part permits Text, Reference {
    }

    /** Literal text, escapes already applied. */
    record Text(String text) implements Part {
    }

    /** A reference; {@code fallback} is the default's template, null for {@link Operator#NONE}. */
    record Reference(String name, Operator operator, Template fallback) implements Part {
    }

    /** When a reference takes its default. */
    enum Operator {
        /** {@code ${NAME}} and {@code $NAME}: never. */
        NONE,
        /** {@code ${NAME:-default}}: when NAME is unset or empty. */
        DEFAULT_IF_UNSET_OR_EMPTY,
        /** {@code ${NAME-default}}: only when NAME is unset. */
        DEFAULT_IF_UNSET
    }

    private final List<Part> parts;
    private final int malformed;

    private Template(List<Part> parts, int malformed) {
        this.parts = List.copyOf(parts);
        this.malformed = malformed;
    }

    List<Part> parts() {
        return parts;
    }

    /** How many <code>${</code> were malformed and kept as written. */
    int malformed() {
        return malformed;
    }

    /** Only a {@code $} can start a reference or an escape: values without one are read as they are. */
    static boolean mayHaveReferences(String raw) {
        return raw.indexOf('$') >= 0;
    }

    static Template parse(String raw) {
        int n = raw.length();
        // levels.get(0) is the value itself; each later level is the default of an open "${NAME:-".
        List<Level> levels = new ArrayList<>();
        levels.add(new Level(null, Operator.NONE, 0));
        Level current = levels.get(0);
        int malformed = 0;
        int i = 0;
        while (i < n) {
            char c = raw.charAt(i);
            char next = i + 1 < n ? raw.charAt(i + 1) : 0;
            if ((c == '\\' || c == '$') && next == '$') {
                current.text.append('$');
                i += 2;
            } else if (c == '$' && next == '{') {
                int nameEnd = braceNameEnd(raw, i + 2);
                String name = nameEnd > i + 2 ? raw.substring(i + 2, nameEnd) : null;
                char after = nameEnd < n ? raw.charAt(nameEnd) : 0;
                Operator operator = after == '-' ? Operator.DEFAULT_IF_UNSET
                        : after == ':' && nameEnd + 1 < n && raw.charAt(nameEnd + 1) == '-'
                        ? Operator.DEFAULT_IF_UNSET_OR_EMPTY : null;
                if (name != null && after == '}') {
                    current.flush();
                    current.parts.add(new Reference(name, Operator.NONE, null));
                    i = nameEnd + 1;
                } else if (name != null && operator != null) {
                    current.flush();
                    current = new Level(name, operator, i);
                    levels.add(current);
                    i = nameEnd + (operator == Operator.DEFAULT_IF_UNSET ? 1 : 2);
                } else {
                    malformed++;
                    current.text.append("${");
                    i += 2;
                }
            } else if (c == '$' && isNameStart(next)) {
                int end = i + 2;
                while (end < n && isNameChar(raw.charAt(end))) {
                    end++;
                }
                current.flush();
                current.parts.add(new Reference(raw.substring(i + 1, end), Operator.NONE, null));
                i = end;
            } else if (c == '}' && levels.size() > 1) {
                current.flush();
                Reference reference = new Reference(current.name, current.operator, new Template(current.parts, 0));
                levels.remove(levels.size() - 1);
                current = levels.get(levels.size() - 1);
                current.parts.add(reference);
                i++;
            } else {
                current.text.append(c);
                i++;
            }
        }
        Level root = levels.get(0);
        if (levels.size() > 1) {
            // Unterminated: from the outermost open "${" on, everything is kept as written.
            root.text.append(raw, levels.get(1).start, n);
            malformed++;
        }
        root.flush();
        return new Template(root.parts, malformed);
    }

    private static int braceNameEnd(String raw, int from) {
        int n = raw.length();
        if (from >= n || !isNameStart(raw.charAt(from))) {
            return from;
        }
        int i = from + 1;
        while (i < n && (isNameChar(raw.charAt(i)) || raw.charAt(i) == '.')) {
            i++;
        }
        return i;
    }

    static boolean isNameStart(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
    }

    static boolean isNameChar(char c) {
        return isNameStart(c) || (c >= '0' && c <= '9');
    }

    /** One template being built: the root, or the default of an open <code>${NAME:-</code>. */
    private static final class Level {
        final String name;
        final Operator operator;
        final int start;
        final List<Part> parts = new ArrayList<>();
        final StringBuilder text = new StringBuilder();

        Level(String name, Operator operator, int start) {
            this.name = name;
            this.operator = operator;
            this.start = start;
        }

        void flush() {
            if (text.length() > 0) {
                parts.add(new Text(text.toString()));
                text.setLength(0);
            }
        }
    }
}
