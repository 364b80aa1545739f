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

/**
 * A quoted value that starts or ends with whitespace, a line break or a {@code \n}/{@code \r}/{@code \t}
 * escape: the quotes preserve it, and an exact comparison downstream fails (a service id with a
 * trailing newline broke authentication every few minutes).
 */
public final class QuotedValueWhitespaceRule implements DocumentRule {
    private static final RuleMeta META = RuleMeta.of("dotenv/quoted-value-whitespace",
            "A quoted value starts or ends with whitespace or a newline", Severity.ERROR, Fixability.NONE);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(DotenvDocument document, RuleContext context) {
        String text = document.text();
        for (DotenvLine.Entry entry : document.entries()) {
            DotenvValue value = entry.value();
            if (!value.isQuoted() || !value.terminated() || value.content().isEmpty()) {
                continue;
            }
            TextRange content = value.content();
            // Only double quotes decode \n, \r and \t: no loader does in single quotes or backticks.
            boolean escapes = value.quote() == QuoteStyle.DOUBLE;
            String name = KeyCharacters.shown(document, entry);
            int lead = leading(text, content, escapes);
            if (lead > content.start()) {
                context.report(TextRange.of(content.start(), lead), "the value of " + name + " starts with "
                        + describe(text, content.start(), lead), name);
            }
            int trail = trailing(text, content, escapes);
            if (trail < content.end() && trail >= lead) {
                context.report(TextRange.of(trail, content.end()), "the value of " + name + " ends with "
                        + describe(text, trail, content.end()), name);
            }
        }
    }

    private static int leading(String text, TextRange content, boolean escapes) {
        int i = content.start();
        while (i < content.end()) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                i++;
            } else if (escapes && c == '\\' && i + 1 < content.end() && "ntr".indexOf(text.charAt(i + 1)) >= 0) {
                i += 2;
            } else {
                break;
            }
        }
        return i;
    }

    private static int trailing(String text, TextRange content, boolean escapes) {
        int i = content.end();
        while (i > content.start()) {
            char c = text.charAt(i - 1);
            if (isSpace(c)) {
                i--;
            } else if (escapes && i - 2 >= content.start() && text.charAt(i - 2) == '\\'
                    && "ntr".indexOf(c) >= 0 && !escapedBackslash(text, content.start(), i - 2)) {
                i -= 2;
            } else {
                break;
            }
        }
        return i;
    }

    /** True when the backslash at {@code at} is itself escaped by an odd run of backslashes before it. */
    private static boolean escapedBackslash(String text, int floor, int at) {
        int run = 0;
        for (int j = at - 1; j >= floor && text.charAt(j) == '\\'; j--) {
            run++;
        }
        return run % 2 == 1;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private static String describe(String text, int start, int end) {
        String s = text.substring(start, end);
        if (s.contains("\\n") || s.contains("\n") || s.contains("\r") || s.contains("\\r")) {
            return "a line break";
        }
        return s.contains("\t") || s.contains("\\t") ? "a tab" : "whitespace";
    }
}
