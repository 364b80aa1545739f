package dev.confguard.rules.dotenv;

import dev.confguard.dotenv.DotenvDocument;
import dev.confguard.findings.Severity;
import dev.confguard.rules.DocumentRule;
import dev.confguard.rules.Fixability;
import dev.confguard.rules.RuleContext;
import dev.confguard.rules.RuleMeta;
import dev.confguard.source.TextRange;

/** The file does not end with a line break (dotenv-linter's EndingBlankLine). */
public final class MissingFinalNewlineRule implements DocumentRule {
    private static final RuleMeta META = RuleMeta.of("dotenv/missing-final-newline",
            "The file does not end with a line break", Severity.WARNING, Fixability.NONE);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(DotenvDocument document, RuleContext context) {
        String text = document.text();
        int n = text.length();
        if (n == 0 || (document.bom() != null && n == 1)) {
            return;
        }
        char last = text.charAt(n - 1);
        if (last != '\n' && last != '\r') {
            context.report(TextRange.empty(n), "no line break at the end of the file");
        }
    }
}
