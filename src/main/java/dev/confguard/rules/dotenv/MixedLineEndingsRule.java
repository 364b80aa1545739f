package dev.confguard.rules.dotenv;

import dev.confguard.dotenv.DotenvDocument;
import dev.confguard.findings.Edit;
import dev.confguard.findings.Severity;
import dev.confguard.rules.DocumentRule;
import dev.confguard.rules.Fixability;
import dev.confguard.rules.RuleContext;
import dev.confguard.rules.RuleMeta;
import dev.confguard.source.TextRange;

/** LF, CRLF and CR mixed in one file: the minority endings are reported, and converted to the majority. */
public final class MixedLineEndingsRule implements DocumentRule {
    private static final RuleMeta META = RuleMeta.of("dotenv/mixed-line-endings",
            "The file mixes LF, CRLF and CR line endings", Severity.WARNING, Fixability.SAFE);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(DotenvDocument document, RuleContext context) {
        String text = document.text();
        int n = text.length();
        int[] counts = LineEndings.count(text);
        int kinds = (counts[0] > 0 ? 1 : 0) + (counts[1] > 0 ? 1 : 0) + (counts[2] > 0 ? 1 : 0);
        if (kinds < 2) {
            return;
        }
        int major = LineEndings.dominant(counts);
        // python-dotenv, node and dotenv-java each read all three as a line break, so converting one is
        // safe wherever the parser's lines stay the same; SafeFixes confirms it.
        SafeFixes fixes = SafeFixes.in(document, context);
        for (int i = 0; i < n; i++) {
            int kind = LineEndings.kindAt(text, i);
            if (kind < 0) {
                continue;
            }
            int len = kind == LineEndings.CRLF ? 2 : 1;
            if (kind != major) {
                fixes.add(TextRange.of(i, i + len), LineEndings.name(kind) + " line ending in a file that mostly uses "
                        + LineEndings.name(major), null, "convert to " + LineEndings.name(major),
                        new Edit(i, i + len, LineEndings.text(major)));
            }
            i += len - 1;
        }
        fixes.report();
    }
}
