package dev.confguard.rules.dotenv;

import dev.confguard.dotenv.DotenvDocument;
import dev.confguard.dotenv.DotenvLine;
import dev.confguard.findings.Severity;
import dev.confguard.rules.DocumentRule;
import dev.confguard.rules.Fixability;
import dev.confguard.rules.RuleContext;
import dev.confguard.rules.RuleMeta;
import dev.confguard.source.TextRange;

/** A key that separates words with {@code -} or {@code .} instead of {@code _}. */
public final class IncorrectDelimiterRule implements DocumentRule {
    private static final RuleMeta META = RuleMeta.of("dotenv/incorrect-delimiter",
            "A key separates words with '-' or '.' instead of '_'", Severity.WARNING, Fixability.NONE);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(DotenvDocument document, RuleContext context) {
        String text = document.text();
        for (DotenvLine.Entry entry : document.entries()) {
            TextRange key = entry.key();
            if (key.length() < 2 || !acceptedEverywhere(text, key)) {
                continue;
            }
            for (int i = key.start() + 1; i < key.end(); i++) {
                char c = text.charAt(i);
                if (c == '-' || c == '.') {
                    String name = KeyCharacters.shown(document, entry);
                    context.report(TextRange.of(i, i + 1), name + " uses '" + c
                            + "' as a word delimiter; shells and most process managers only accept '_'", name);
                    break;
                }
            }
        }
    }

    private static boolean acceptedEverywhere(String text, TextRange key) {
        for (int i = key.start(); i < key.end(); i++) {
            if (!KeyCharacters.isAcceptedEverywhere(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
