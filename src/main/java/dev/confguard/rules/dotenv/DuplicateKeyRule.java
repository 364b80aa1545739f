package dev.confguard.rules.dotenv;

import dev.confguard.dotenv.DotenvDocument;
import dev.confguard.dotenv.DotenvLine;
import dev.confguard.findings.Severity;
import dev.confguard.rules.DocumentRule;
import dev.confguard.rules.Fixability;
import dev.confguard.rules.RuleContext;
import dev.confguard.rules.RuleMeta;
import java.util.HashMap;
import java.util.Map;

/** A key set twice in one file: the earlier value is dead and readers are misled. */
public final class DuplicateKeyRule implements DocumentRule {
    private static final RuleMeta META = RuleMeta.of("dotenv/duplicate-key",
            "A key is set more than once in the same file", Severity.ERROR, Fixability.NONE);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(DotenvDocument document, RuleContext context) {
        Map<String, DotenvLine.Entry> first = new HashMap<>();
        for (DotenvLine.Entry entry : document.entries()) {
            String key = document.key(entry);
            if (key.isEmpty()) {
                continue;
            }
            DotenvLine.Entry earlier = first.putIfAbsent(key, entry);
            if (earlier != null) {
                int line = document.source().position(earlier.key().start()).line();
                String name = KeyCharacters.shown(key);
                context.report(entry.key(), name + " is already set on line " + line
                        + "; the last value wins and the earlier one is dead", name);
            }
        }
    }
}
