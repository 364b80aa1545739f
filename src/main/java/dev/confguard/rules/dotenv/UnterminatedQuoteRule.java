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

/** A quoted value whose closing quote never comes: loaders drop it or swallow the following lines. */
public final class UnterminatedQuoteRule implements DocumentRule {
    private static final RuleMeta META = RuleMeta.of("dotenv/unterminated-quote",
            "A quoted value has no closing quote", Severity.ERROR, Fixability.NONE);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(DotenvDocument document, RuleContext context) {
        for (DotenvLine.Entry entry : document.entries()) {
            DotenvValue value = entry.value();
            if (value.isQuoted() && !value.terminated()) {
                String name = KeyCharacters.shown(document, entry);
                context.report(value.raw(), "the value of " + name + " opens with " + value.quote().mark()
                        + " but no closing " + value.quote().mark() + " follows before the end of the file", name);
            }
        }
    }
}
