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

/** An unquoted value with inner whitespace: shells split it, and readers cannot tell where it ends. */
public final class ValueWithoutQuotesRule implements DocumentRule {
    private static final RuleMeta META = RuleMeta.of("dotenv/value-without-quotes",
            "An unquoted value contains whitespace", Severity.WARNING, Fixability.NONE);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(DotenvDocument document, RuleContext context) {
        String text = document.text();
        for (DotenvLine.Entry entry : document.entries()) {
            DotenvValue value = entry.value();
            if (value.isQuoted()) {
                continue;
            }
            TextRange raw = value.raw();
            for (int i = raw.start(); i < raw.end(); i++) {
                char c = text.charAt(i);
                if (c == ' ' || c == '\t') {
                    String name = KeyCharacters.shown(document, entry);
                    context.report(raw, "the value of " + name + " contains whitespace; wrap it in double quotes",
                            name);
                    break;
                }
            }
        }
    }
}
