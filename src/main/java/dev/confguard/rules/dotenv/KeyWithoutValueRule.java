package dev.confguard.rules.dotenv;

import dev.confguard.dotenv.DotenvDocument;
import dev.confguard.dotenv.DotenvLine;
import dev.confguard.findings.Severity;
import dev.confguard.rules.DocumentRule;
import dev.confguard.rules.Fixability;
import dev.confguard.rules.RuleContext;
import dev.confguard.rules.RuleMeta;

/** A key with no {@code =}: python-dotenv reads it as unset (None), node's dotenv and dotenv-java drop it. */
public final class KeyWithoutValueRule implements DocumentRule {
    private static final RuleMeta META = RuleMeta.of("dotenv/key-without-value",
            "A key has no '=' and no value", Severity.WARNING, Fixability.NONE);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(DotenvDocument document, RuleContext context) {
        for (DotenvLine.Entry entry : document.entries()) {
            if (!entry.hasDelimiter()) {
                String key = KeyCharacters.shown(document, entry);
                context.report(entry.key(), key + " has no '=': write " + key + "= for an empty value", key);
            }
        }
    }
}
