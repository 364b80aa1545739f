package dev.confguard.rules.dotenv;

import dev.confguard.dotenv.DotenvDocument;
import dev.confguard.dotenv.DotenvLine;
import dev.confguard.findings.Edit;
import dev.confguard.findings.Fix;
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
            "A key is set more than once in the same file", Severity.ERROR, Fixability.UNSAFE);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(DotenvDocument document, RuleContext context) {
        Map<String, DotenvLine.Entry> first = new HashMap<>();
        Map<String, DotenvLine.Entry> previous = new HashMap<>();
        for (DotenvLine.Entry entry : document.entries()) {
            String key = document.key(entry);
            if (key.isEmpty()) {
                continue;
            }
            DotenvLine.Entry earlier = first.putIfAbsent(key, entry);
            DotenvLine.Entry dead = previous.put(key, entry);
            if (earlier != null) {
                int line = document.source().position(earlier.key().start()).line();
                String name = KeyCharacters.shown(key);
                // Unsafe: the earlier value is dead only to loaders that keep the last one; a script
                // that takes the first match reads it, and python-dotenv's key order changes.
                context.report(entry.key(), name + " is already set on line " + line
                        + "; the last value wins and the earlier one is dead", name,
                        Fix.unsafe("delete the earlier assignment", Edit.delete(dead.span().start(), dead.span().end())));
            }
        }
    }
}
