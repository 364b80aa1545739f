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

/** NUL and other control characters: C-based loaders truncate at NUL, and the rest are invisible. */
public final class ControlCharacterRule implements DocumentRule {
    private static final RuleMeta META = RuleMeta.of("dotenv/control-character",
            "The file has a NUL or another control character", Severity.ERROR, Fixability.NONE);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(DotenvDocument document, RuleContext context) {
        String text = document.text();
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (!isControl(c)) {
                continue;
            }
            int end = i + 1;
            while (end < n && text.charAt(end) == c) {
                end++;
            }
            // Inside a value or comment the code point is part of what may be a secret: name only the kind.
            String place = PrivateText.place(document, i);
            String name = c == 0 ? "NUL byte"
                    : place != null ? "control character" : String.format("control character U+%04X", (int) c);
            context.report(TextRange.of(i, end), (end - i > 1 ? (end - i) + " × " : "") + name
                    + (place != null ? " in " + place : ""));
            i = end - 1;
        }
    }

    static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F;
    }
}
