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

/** A malformed {@code ${...}} reference: unclosed, empty, or not a variable name. */
public final class SubstitutionKeyRule implements DocumentRule {
    private static final RuleMeta META = RuleMeta.of("dotenv/substitution-key",
            "A ${...} reference is unclosed or does not name a variable", Severity.WARNING, Fixability.NONE);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(DotenvDocument document, RuleContext context) {
        String text = document.text();
        for (DotenvLine.Entry entry : document.entries()) {
            DotenvValue value = entry.value();
            if (value.quote() == QuoteStyle.SINGLE || !value.terminated()) {
                continue;
            }
            TextRange content = value.content();
            for (int i = content.start(); i < content.end() - 1; i++) {
                char c = text.charAt(i);
                if (c == '\\') {
                    i++;
                    continue;
                }
                if (c != '$' || text.charAt(i + 1) != '{') {
                    continue;
                }
                int close = i + 2;
                while (close < content.end() && text.charAt(close) != '}') {
                    close++;
                }
                String name = KeyCharacters.shown(document, entry);
                if (close >= content.end()) {
                    context.report(TextRange.of(i, content.end()), "'${' in " + name + " is never closed with '}'",
                            name);
                    break;
                }
                int nameEnd = variableNameEnd(text, i + 2, close);
                boolean validOperator = nameEnd == close || isOperator(text, nameEnd, close);
                if (nameEnd == i + 2 || !validOperator) {
                    context.report(TextRange.of(i, close + 1), "a ${...} reference in " + name
                            + " does not name a variable; use ${NAME} or ${NAME:-default}", name);
                }
                i = close;
            }
        }
    }

    private static int variableNameEnd(String text, int from, int to) {
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || (i > from && c >= '0' && c <= '9');
            if (!ok) {
                break;
            }
            i++;
        }
        return i;
    }

    private static boolean isOperator(String text, int at, int close) {
        String rest = text.substring(at, Math.min(close, at + 2));
        return rest.startsWith(":-") || rest.startsWith(":=") || rest.startsWith(":?") || rest.startsWith(":+")
                || rest.startsWith("-") || rest.startsWith("=") || rest.startsWith("?") || rest.startsWith("+");
    }
}
