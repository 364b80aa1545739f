package dev.confguard.findings;

import java.util.List;

/**
 * One inline suppression comment. An empty {@code rules} list means every rule. {@code line} is the
 * comment's own line; {@code rulesColumn} where its rule list starts (for reporting bad names).
 */
public record Directive(Kind kind, List<String> rules, int line, int column, int endColumn) {
    public Directive {
        rules = List.copyOf(rules);
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
