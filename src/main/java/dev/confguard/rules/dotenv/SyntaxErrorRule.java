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

/** A line no loader reads as intended: no key, or text after a closing quote. */
public final class SyntaxErrorRule implements DocumentRule {
    private static final RuleMeta META = RuleMeta.of("dotenv/syntax-error",
            "A line cannot be read as KEY=VALUE", Severity.ERROR, Fixability.NONE);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(DotenvDocument document, RuleContext context) {
        for (DotenvLine line : document.lines()) {
            if (line instanceof DotenvLine.Invalid) {
                DotenvLine.Invalid invalid = (DotenvLine.Invalid) line;
                context.report(invalid.content(), invalid.reason() + "; loaders skip or reject this line");
            } else if (line instanceof DotenvLine.Entry) {
                DotenvLine.Entry entry = (DotenvLine.Entry) line;
                if (entry.trailing() != null) {
                    String name = KeyCharacters.shown(document, entry);
                    context.report(entry.trailing(), "unexpected text after the closing quote of " + name
                            + "; loaders disagree on whether it is part of the value", name);
                }
            }
        }
    }
}
