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

/** LF, CRLF and CR mixed in one file: the minority endings are reported. */
public final class MixedLineEndingsRule implements DocumentRule {
    private static final RuleMeta META = RuleMeta.of("dotenv/mixed-line-endings",
            "The file mixes LF, CRLF and CR line endings", Severity.WARNING, Fixability.NONE);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(DotenvDocument document, RuleContext context) {
        String text = document.text();
        int n = text.length();
        int[] counts = new int[3];
        for (int i = 0; i < n; i++) {
            int kind = kindAt(text, i);
            if (kind >= 0) {
                counts[kind]++;
                if (kind == 1) {
                    i++;
                }
            }
        }
        int kinds = (counts[0] > 0 ? 1 : 0) + (counts[1] > 0 ? 1 : 0) + (counts[2] > 0 ? 1 : 0);
        if (kinds < 2) {
            return;
        }
        int major = counts[1] > counts[0] ? (counts[1] >= counts[2] ? 1 : 2) : (counts[0] >= counts[2] ? 0 : 2);
        String[] names = {"LF", "CRLF", "CR"};
        for (int i = 0; i < n; i++) {
            int kind = kindAt(text, i);
            if (kind < 0) {
                continue;
            }
            int len = kind == 1 ? 2 : 1;
            if (kind != major) {
                context.report(TextRange.of(i, i + len), names[kind] + " line ending in a file that mostly uses "
                        + names[major]);
            }
            i += len - 1;
        }
    }

    /** 0 = LF, 1 = CRLF, 2 = CR, -1 = not a line ending. */
    private static int kindAt(String text, int i) {
        char c = text.charAt(i);
        if (c == '\n') {
            return 0;
        }
        if (c == '\r') {
            return i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 1 : 2;
        }
        return -1;
    }
}
