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

/** Bytes that are not valid UTF-8: loaders fail or read replacement characters. */
public final class InvalidEncodingRule implements DocumentRule {
    private static final RuleMeta META = RuleMeta.of("dotenv/invalid-encoding",
            "The file has bytes that are not valid UTF-8", Severity.ERROR, Fixability.NONE);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(DotenvDocument document, RuleContext context) {
        java.util.List<Integer> offsets = document.source().invalidByteOffsets();
        int i = 0;
        while (i < offsets.size()) {
            int start = offsets.get(i);
            int end = start + 1;
            while (i + 1 < offsets.size() && offsets.get(i + 1) == end) {
                i++;
                end++;
            }
            int first = dev.confguard.source.Utf8.escapedByteValue(document.text().charAt(start));
            // Inside a value or comment the byte values are part of what may be a secret: count them only.
            String place = PrivateText.place(document, start);
            String what;
            if (place != null) {
                what = (end - start == 1 ? "1 byte" : (end - start) + " bytes") + " in " + place;
            } else {
                what = end - start == 1 ? String.format("byte 0x%02X", first)
                        : (end - start) + String.format(" bytes starting with 0x%02X", first);
            }
            context.report(TextRange.of(start, end), "invalid UTF-8: " + what);
            i++;
        }
    }
}
