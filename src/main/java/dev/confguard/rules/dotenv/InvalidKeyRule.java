package dev.confguard.rules.dotenv;

import dev.confguard.dotenv.DotenvDocument;
import dev.confguard.dotenv.DotenvLine;
import dev.confguard.findings.Severity;
import dev.confguard.rules.DocumentRule;
import dev.confguard.rules.Fixability;
import dev.confguard.rules.RuleContext;
import dev.confguard.rules.RuleMeta;
import dev.confguard.source.TextRange;

/** An empty key, or one with characters that node's dotenv and dotenv-java do not accept. */
public final class InvalidKeyRule implements DocumentRule {
    private static final RuleMeta META = RuleMeta.of("dotenv/invalid-key",
            "A key is empty or has characters that loaders reject", Severity.ERROR, Fixability.NONE);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(DotenvDocument document, RuleContext context) {
        String text = document.text();
        for (DotenvLine.Entry entry : document.entries()) {
            TextRange key = entry.key();
            if (key.isEmpty()) {
                context.report(entry.delimiter() != null ? entry.delimiter() : key, "the key before '=' is empty");
                continue;
            }
            for (int i = key.start(); i < key.end(); i++) {
                char c = text.charAt(i);
                if (!KeyCharacters.isAcceptedEverywhere(c)) {
                    String name = KeyCharacters.shown(document, entry);
                    boolean pair = Character.isHighSurrogate(c) && i + 1 < key.end()
                            && Character.isLowSurrogate(text.charAt(i + 1));
                    context.report(TextRange.of(i, i + (pair ? 2 : 1)), "key '" + name + "' has "
                            + (pair ? "the character '" + text.substring(i, i + 2) + "'" : describe(c))
                            + ", which node's dotenv and dotenv-java reject; use letters, digits and '_'", name);
                    break;
                }
            }
        }
    }

    static String describe(char c) {
        if (c == ' ' || c == '\t') {
            return "whitespace";
        }
        if (dev.confguard.source.Utf8.isEscapedByte(c)) {
            return String.format("the byte 0x%02X (not UTF-8)", dev.confguard.source.Utf8.escapedByteValue(c));
        }
        if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || Character.isSurrogate(c)) {
            return String.format("the character U+%04X", (int) c);
        }
        return "the character '" + c + "'";
    }
}
