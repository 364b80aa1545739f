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
                if (text.charAt(i) == '\\' && text.charAt(i + 1) == 'n' && !escapedBackslash(text, raw.start(), i)) {
                    String name = KeyCharacters.shown(document, entry);
                    context.report(TextRange.of(i, i + 2), "the unquoted value of " + name
                            + " contains a literal \\n, which loaders keep as two characters; "
                            + "put each variable on its own line, or double-quote the value if it is meant as a newline",
                            name);
                    break;
                }
            }
        }
    }

    /**
     * True when the backslash at {@code at} follows an odd run of backslashes: {@code C:\\new} was
     * written as backslash-backslash-n on purpose, never as a newline escape.
     */
    private static boolean escapedBackslash(String text, int floor, int at) {
        int run = 0;
        for (int j = at - 1; j >= floor && text.charAt(j) == '\\'; j--) {
            run++;
        }
        return run % 2 == 1;
    }
}
