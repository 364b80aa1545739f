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

/** An inline directive that names a rule the registry does not know: it silently suppresses nothing. */
public final class InvalidDirectiveRule implements DocumentRule {
    private static final RuleMeta META = RuleMeta.of("dotenv/invalid-directive",
            "An inline confguard directive names an unknown rule", Severity.ERROR, Fixability.NONE);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(DotenvDocument document, RuleContext context) {
        String text = document.text();
        for (DotenvLine line : document.lines()) {
            if (!(line instanceof DotenvLine.Comment)) {
                continue;
            }
            TextRange comment = ((DotenvLine.Comment) line).comment();
            dev.confguard.findings.Directive directive =
                    dev.confguard.findings.DirectiveParser.parse(comment.slice(text), 1, 1);
            if (directive == null) {
                continue;
            }
            int searchFrom = comment.start();
            for (String rule : directive.rules()) {
                int at = text.indexOf(rule, searchFrom);
                searchFrom = at + rule.length();
                if (!context.knownRuleIds().contains(rule)) {
                    context.report(TextRange.of(at, at + rule.length()), "unknown rule '" + rule + "' in "
                            + directive.kind().word()
                            + dev.confguard.errors.Spelling.suggestion(rule, context.knownRuleIds()));
                }
            }
        }
    }
}
