package dev.confguard.rules.dotenv;

import dev.confguard.dotenv.DotenvDocument;
import dev.confguard.dotenv.DotenvLine;
import dev.confguard.dotenv.DotenvValue;
import dev.confguard.findings.Edit;
import dev.confguard.findings.Severity;
import dev.confguard.rules.DocumentRule;
import dev.confguard.rules.Fixability;
import dev.confguard.rules.RuleContext;
import dev.confguard.rules.RuleMeta;
import dev.confguard.source.TextRange;

/** Spaces or tabs before a line break, outside quoted values (where they belong to the value). */
public final class TrailingWhitespaceRule implements DocumentRule {
    private static final RuleMeta META = RuleMeta.of("dotenv/trailing-whitespace",
            "Whitespace at the end of a line", Severity.WARNING, Fixability.SAFE);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(DotenvDocument document, RuleContext context) {
        String text = document.text();
        SafeFixes fixes = SafeFixes.in(document, context);
        for (DotenvLine line : document.lines()) {
            int floor = line.span().start();
            if (line instanceof DotenvLine.Entry) {
                DotenvValue value = ((DotenvLine.Entry) line).value();
                if (value.isQuoted()) {
                    floor = value.terminated() ? value.raw().end() : value.raw().start() + 1;
                }
            }
            int end = line.lineEnding().start();
            int p = end;
            while (p > floor && (text.charAt(p - 1) == ' ' || text.charAt(p - 1) == '\t')) {
                p--;
            }
            if (p < end) {
                fixes.add(TextRange.of(p, end), "trailing whitespace", null, "delete the trailing whitespace",
                        Edit.delete(p, end));
            }
        }
        fixes.report();
    }
}
