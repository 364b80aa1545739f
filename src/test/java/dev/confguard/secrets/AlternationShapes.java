package dev.confguard.secrets;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.List;

/**
 * The plain search {@link SecretShapes} replaced, kept to compare it with ({@code SecretShapesProperties}).
 * Every shape in one RE2 alternation, each inside its own group: a value is scanned once, in linear
 * time, whatever the number of shapes, and the group that took part names the shape. At one position
 * the first shape listed wins (list {@code sk-ant-} before {@code sk-}). A pass over the value's
 * characters first looks for the literals the shapes require, and most values, holding none, are not
 * handed to RE2 at all.
 */
final class AlternationShapes {
    private final List<SecretShape> shapes;
    private final Pattern any;
    /** The group number of each shape in {@link #any} (shapes may have groups of their own). */
    private final int[] groups;
    /**
     * Literals one of which every match contains ({@link RequiredLiterals}), by first character; null
     * when some shape has none. A value holding none of them is not scanned: most values hold none.
     */
    private final List<String>[] prefixes;

    /** A match: the shape and its span in the value. */
    record Match(SecretShape shape, int start, int end) {
    }

    AlternationShapes(List<SecretShape> shapes) {
        this.shapes = List.copyOf(shapes);
        this.groups = new int[shapes.size()];
        StringBuilder all = new StringBuilder();
        int group = 1;
        for (int i = 0; i < shapes.size(); i++) {
            if (i > 0) {
                all.append('|');
            }
            all.append('(').append(shapes.get(i).pattern()).append(')');
            groups[i] = group;
            group += 1 + Pattern.compile(shapes.get(i).pattern()).groupCount();
        }
        this.any = shapes.isEmpty() ? null : Pattern.compile(all.toString());
        this.prefixes = prefilter(shapes);
    }

    @SuppressWarnings("unchecked")
    private static List<String>[] prefilter(List<SecretShape> shapes) {
        List<String>[] byFirst = new List[128];
        for (SecretShape shape : shapes) {
            List<String> literals = RequiredLiterals.of(shape.pattern());
            if (literals == null) {
                return null;
            }
            for (String literal : literals) {
                char first = literal.charAt(0);
                if (first >= 128) {
                    return null;
                }
                if (byFirst[first] == null) {
                    byFirst[first] = new java.util.ArrayList<>();
                }
                byFirst[first].add(literal);
            }
        }
        return byFirst;
    }

    /** Whether the value may hold a match: it contains one of the required literals (always, without a prefilter). */
    private boolean mayMatch(String value) {
        if (prefixes == null) {
            return true;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 128 && prefixes[c] != null) {
                for (String literal : prefixes[c]) {
                    if (value.startsWith(literal, i)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    List<SecretShape> shapes() {
        return shapes;
    }

    /** The first credential in the value (of any shape, or only of shapes marked everywhere), or null. */
    Match find(String value, boolean everywhereOnly) {
        if (any == null || !mayMatch(value)) {
            return null;
        }
        Matcher m = any.matcher(value);
        int from = 0;
        while (from <= value.length() && m.find(from)) {
            SecretShape shape = shapeOf(m);
            if (!everywhereOnly || shape.everywhere()) {
                return new Match(shape, m.start(), m.end());
            }
            from = m.end() > m.start() ? m.end() : m.end() + 1;
        }
        return null;
    }

    private SecretShape shapeOf(Matcher m) {
        for (int i = 0; i < groups.length; i++) {
            if (m.start(groups[i]) >= 0) {
                return shapes.get(i);
            }
        }
        return shapes.get(0);
    }
}
