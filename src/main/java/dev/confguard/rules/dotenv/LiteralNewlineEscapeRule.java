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

/** {@code \n} inside an unquoted value: no loader expands it, so it is usually a pasted multi-line text. */
public final class LiteralNewlineEscapeRule implements DocumentRule {
    private static final RuleMeta META = RuleMeta.of("dotenv/literal-newline-escape",
            "An unquoted value contains a literal \\n sequence", Severity.WARNING, Fixability.NONE);

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
            for (int i = raw.start(); i + 1 < raw.end(); i++) {
                if (text.charAt(i) == '\\' && text.charAt(i + 1) == 'n') {
                    String name = document.key(entry);
                    context.report(TextRange.of(i, i + 2), "the unquoted value of " + name
                            + " contains a literal \\n, which loaders keep as two characters; "
                            + "put each variable on its own line, or double-quote the value if it is meant as a newline",
                            name);
                    break;
                }
            }
        }
    }
}
