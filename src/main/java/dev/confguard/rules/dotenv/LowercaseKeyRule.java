package dev.confguard.rules.dotenv;

import dev.confguard.dotenv.DotenvDocument;
import dev.confguard.dotenv.DotenvLine;
import dev.confguard.findings.Edit;
import dev.confguard.findings.Fix;
import dev.confguard.findings.Severity;
import dev.confguard.rules.DocumentRule;
import dev.confguard.rules.Fixability;
import dev.confguard.rules.RuleContext;
import dev.confguard.rules.RuleMeta;
import dev.confguard.source.TextRange;
import java.util.Locale;

/** A key with lowercase letters. */
public final class LowercaseKeyRule implements DocumentRule {
    private static final RuleMeta META = RuleMeta.of("dotenv/lowercase-key",
            "A key has lowercase letters", Severity.WARNING, Fixability.UNSAFE);

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
            int nameEnd = key.start();
            boolean lower = false;
            for (; nameEnd < key.end() && text.charAt(nameEnd) != ':'; nameEnd++) {
                char c = text.charAt(nameEnd);
                lower |= c >= 'a' && c <= 'z';
            }
            if (lower) {
                String name = KeyCharacters.shown(document, entry);
                // Unsafe: every loader then reads a different key, and code that asks for the old one breaks.
                String upper = text.substring(key.start(), nameEnd).toUpperCase(Locale.ROOT);
                context.report(key, name + " should be upper case: "
                        + KeyCharacters.shown(document.key(entry).toUpperCase(Locale.ROOT)), name,
                        Fix.unsafe("upper-case the key", new Edit(key.start(), nameEnd, upper)));
            }
        }
    }
}
