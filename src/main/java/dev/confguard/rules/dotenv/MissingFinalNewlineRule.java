package dev.confguard.rules.dotenv;

import dev.confguard.dotenv.DotenvDocument;
import dev.confguard.findings.Edit;
import dev.confguard.findings.Severity;
import dev.confguard.rules.DocumentRule;
import dev.confguard.rules.Fixability;
import dev.confguard.rules.RuleContext;
import dev.confguard.rules.RuleMeta;
import dev.confguard.source.TextRange;

/** The file does not end with a line break (dotenv-linter's EndingBlankLine); the fix adds its dominant one. */
public final class MissingFinalNewlineRule implements DocumentRule {
    private static final RuleMeta META = RuleMeta.of("dotenv/missing-final-newline",
            "The file does not end with a line break", Severity.WARNING, Fixability.SAFE);

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
            String ending = LineEndings.text(LineEndings.dominant(LineEndings.count(text)));
            SafeFixes fixes = SafeFixes.in(document, context);
            fixes.add(TextRange.empty(n), "no line break at the end of the file", null,
                    "add the file's usual line ending", Edit.insert(n, ending));
            fixes.report();
        }
    }
}
