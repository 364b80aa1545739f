package dev.confguard.rules.dotenv;

import dev.confguard.dotenv.DotenvDocument;
import dev.confguard.dotenv.DotenvLine;
import dev.confguard.findings.Severity;
import dev.confguard.rules.DocumentRule;
import dev.confguard.rules.Fixability;
import dev.confguard.rules.RuleContext;
import dev.confguard.rules.RuleMeta;
import dev.confguard.source.TextRange;

/** A key with lowercase letters. */
public final class LowercaseKeyRule implements DocumentRule {
    private static final RuleMeta META = RuleMeta.of("dotenv/lowercase-key",
            "A key has lowercase letters", Severity.WARNING, Fixability.NONE);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(DotenvDocument document, RuleContext context) {
        String text = document.text();
        for (DotenvLine.Entry entry : document.entries()) {
            TextRange key = entry.key();
            // In KEY:value (no '=') the text after the ':' is a value: its letters say nothing about the key.
            for (int i = key.start(); i < key.end() && text.charAt(i) != ':'; i++) {
                char c = text.charAt(i);
                if (c >= 'a' && c <= 'z') {
                    String name = KeyCharacters.shown(document, entry);
                    context.report(key, name + " should be upper case: "
                            + KeyCharacters.shown(document.key(entry).toUpperCase(java.util.Locale.ROOT)), name);
                    break;
                }
            }
        }
    }
}
