package dev.confguard.findings;

import java.util.List;

/**
 * One inline suppression comment. An empty {@code rules} list means every rule. {@code line} is the
 * comment's own line; {@code column}..{@code endColumn} its rule list (for reporting bad names).
 * {@code nextLineEnd} is the last line a {@code disable-next-line} covers: the whole statement below
 * it, which may span lines (a multi-line quoted value).
 */
public record Directive(Kind kind, List<String> rules, int line, int column, int endColumn, int nextLineEnd) {
    public Directive {
        rules = List.copyOf(rules);
    }

    /** The same directive covering the statement that ends on {@code lastLine}. */
    public Directive coveringThrough(int lastLine) {
        return new Directive(kind, rules, line, column, endColumn, Math.max(line + 1, lastLine));
    }

    /** The four directive forms. */
    public enum Kind {
        DISABLE_NEXT_LINE("confguard-disable-next-line"),
        DISABLE_FILE("confguard-disable-file"),
        DISABLE("confguard-disable"),
        ENABLE("confguard-enable");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    public boolean covers(String ruleId) {
        return rules.isEmpty() || rules.contains(ruleId);
    }
}
