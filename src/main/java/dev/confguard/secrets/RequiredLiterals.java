package dev.confguard.secrets;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Literal strings one of which every match of an RE2 pattern contains, read off the pattern's source:
 * for each top-level alternative, the longest run of atoms that every match of it goes through
 * literally (characters, escaped punctuation, small character sets such as {@code gh[pousr]_},
 * groups of literal alternatives such as {@code (?:AKIA|ASIA)}; zero-width {@code \b} and {@code ^}
 * pass through). Null when some alternative has no such run, or the pattern ignores case: then no
 * value can be skipped. Sound by construction: an atom outside any optional part is in every match.
 */
final class RequiredLiterals {
    /** More variants than this and a run stops growing. */
    private static final int MAX_VARIANTS = 16;
    /** Character sets larger than this break a run. */
    private static final int MAX_SET = 6;

    private final String p;
    private int i;

    private RequiredLiterals(String pattern) {
        this.p = pattern;
    }

    static List<String> of(String pattern) {
        if (pattern.contains("(?i") || pattern.matches("(?s).*\\(\\?[a-zA-Z]*i.*")) {
            return null;
        }
        RequiredLiterals parser = new RequiredLiterals(pattern);
        Alternatives all;
        try {
            all = parser.alternatives();
        } catch (RuntimeException e) {
            return null;
        }
        if (all == null || parser.i != pattern.length()) {
            return null;
        }
        for (String s : all.prefixes) {
            if (s.isEmpty()) {
                return null;
            }
        }
        return List.copyOf(all.prefixes);
    }

    /** The literals of an alternation, and whether each alternative was literal from start to end. */
    private record Alternatives(Set<String> prefixes, boolean complete) {
    }

    /** {@code a|b|...} up to a closing parenthesis or the end. */
    private Alternatives alternatives() {
        Set<String> out = new LinkedHashSet<>();
        boolean complete = true;
        while (true) {
            Alternatives one = sequence();
            if (one == null) {
                return null;
            }
            out.addAll(one.prefixes);
            complete &= one.complete;
            if (i < p.length() && p.charAt(i) == '|') {
                i++;
                continue;
            }
            return new Alternatives(out, complete);
        }
    }

    /**
     * One alternative: runs of mandatory literal atoms, each broken by an atom that is not literal or
     * not mandatory (or repeated); the longest run is the alternative's literal. Complete when the
     * whole alternative is one unbroken run, as in a group of literal alternatives.
     */
    private Alternatives sequence() {
        Set<String> run = new LinkedHashSet<>(List.of(""));
        Set<String> best = null;
        boolean broken = false;
        while (i < p.length() && p.charAt(i) != '|' && p.charAt(i) != ')') {
            Set<String> atom = atom();
            String quantifier = quantifier();
            boolean mandatory = quantifier.isEmpty() || quantifier.startsWith("+")
                    || quantifier.startsWith("{") && !quantifier.startsWith("{0");
            if (atom != null && mandatory && run.size() * atom.size() <= MAX_VARIANTS) {
                run = product(run, atom);
                if (!quantifier.isEmpty()) {
                    best = longer(best, run);
                    run = new LinkedHashSet<>(List.of(""));
                    broken = true;
                }
            } else {
                best = longer(best, run);
                run = new LinkedHashSet<>(List.of(""));
                broken = true;
            }
        }
        best = longer(best, run);
        return new Alternatives(best, !broken);
    }

    /** The set whose shortest string is longer (a set holding "" tells nothing). */
    private static Set<String> longer(Set<String> a, Set<String> b) {
        return a == null || shortest(b) > shortest(a) ? b : a;
    }

    private static int shortest(Set<String> strings) {
        int min = Integer.MAX_VALUE;
        for (String s : strings) {
            min = Math.min(min, s.length());
        }
        return min;
    }

    /** The strings one atom matches when it is literal (a character, a small set, a literal group); else null, consumed. */
    private Set<String> atom() {
        char c = p.charAt(i);
        if (c == '\\') {
            char next = p.charAt(i + 1);
            i += 2;
            if (next == 'b' || next == 'B' || next == 'A') {
                return Set.of("");
            }
            return Character.isLetterOrDigit(next) ? null : Set.of(String.valueOf(next));
        }
        if (c == '^') {
            i++;
            return Set.of("");
        }
        if (c == '[') {
            return charSet();
        }
        if (c == '(') {
            i++;
            if (p.startsWith("?:", i)) {
                i += 2;
            } else if (p.startsWith("?", i)) {
                skipGroupRest();
                return null;
            }
            Alternatives inner = alternatives();
            if (i >= p.length() || p.charAt(i) != ')') {
                throw new IllegalArgumentException("unbalanced");
            }
            i++;
            return inner != null && inner.complete ? inner.prefixes : null;
        }
        i++;
        return ".$*+?{".indexOf(c) >= 0 ? null : Set.of(String.valueOf(c));
    }

    /** {@code [abc]} of at most {@link #MAX_SET} plain characters; anything else (ranges, negation, escapes) is null. */
    private Set<String> charSet() {
        int close = p.indexOf(']', i + 2);
        String body = close < 0 ? "" : p.substring(i + 1, close);
        i = close < 0 ? p.length() : close + 1;
        if (body.isEmpty() || body.length() > MAX_SET || body.startsWith("^") || body.contains("-") || body.contains("\\")
                || body.contains("[")) {
            return null;
        }
        Set<String> out = new LinkedHashSet<>();
        for (char c : body.toCharArray()) {
            out.add(String.valueOf(c));
        }
        return out;
    }

    /** The quantifier after an atom ({@code *}, {@code +}, {@code ?}, {@code {n,m}}, with a lazy {@code ?}), consumed; or "". */
    private String quantifier() {
        int start = i;
        if (i < p.length() && "*+?".indexOf(p.charAt(i)) >= 0) {
            i++;
        } else if (i < p.length() && p.charAt(i) == '{' && i + 1 < p.length() && Character.isDigit(p.charAt(i + 1))) {
            i = p.indexOf('}', i) + 1;
        }
        if (i > start && i < p.length() && p.charAt(i) == '?') {
            i++;
        }
        return p.substring(start, i);
    }

    /** Skips to after the parenthesis that closes the group just opened. */
    private void skipGroupRest() {
        int depth = 1;
        while (i < p.length() && depth > 0) {
            char c = p.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '[') {
                int j = i + 1;
                if (j < p.length() && p.charAt(j) == '^') {
                    j++;
                }
                if (j < p.length() && p.charAt(j) == ']') {
                    j++;
                }
                while (j < p.length() && p.charAt(j) != ']') {
                    j += p.charAt(j) == '\\' ? 2 : 1;
                }
                i = j + 1;
                continue;
            }
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            i++;
        }
    }

    private static Set<String> product(Set<String> left, Set<String> right) {
        Set<String> out = new LinkedHashSet<>();
        for (String a : left) {
            for (String b : right) {
                out.add(a + b);
            }
        }
        return out;
    }
}
