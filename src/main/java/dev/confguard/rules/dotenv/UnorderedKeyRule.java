package dev.confguard.rules.dotenv;

import dev.confguard.dotenv.DotenvDocument;
import dev.confguard.dotenv.DotenvLine;
import dev.confguard.dotenv.DotenvValue;
import dev.confguard.dotenv.QuoteStyle;
import dev.confguard.findings.Severity;
import dev.confguard.rules.DocumentRule;
import dev.confguard.rules.Fixability;
import dev.confguard.rules.RuleContext;
import dev.confguard.rules.RuleMeta;
import dev.confguard.source.TextRange;

/** Keys not in alphabetical order within a block (blocks are separated by blank lines). Off by default. */
public final class UnorderedKeyRule implements DocumentRule {
    private static final RuleMeta META = RuleMeta.of("dotenv/unordered-key",
            "Keys are not in alphabetical order within a block", Severity.INFO, Fixability.NONE).offByDefault();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(DotenvDocument document, RuleContext context) {
        String previous = null;
        for (DotenvLine line : document.lines()) {
            if (line instanceof DotenvLine.Blank) {
                previous = null;
                continue;
            }
            if (!(line instanceof DotenvLine.Entry)) {
                continue;
            }
            DotenvLine.Entry entry = (DotenvLine.Entry) line;
            String key = document.key(entry);
            if (key.isEmpty()) {
                // An empty key ("=value") has no place in an order; invalid-key reports it.
                continue;
            }
            if (previous != null && key.compareTo(previous) < 0) {
                String name = KeyCharacters.shown(key);
                context.report(entry.key(), name + " should go before " + KeyCharacters.shown(previous), name);
            } else {
                previous = key;
            }
        }
    }
}
