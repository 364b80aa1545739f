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

/** Whitespace around the {@code =}: shells reject it and readers of the file misjudge the value. */
public final class SpaceCharacterRule implements DocumentRule {
    private static final RuleMeta META = RuleMeta.of("dotenv/space-character",
            "Whitespace around '='", Severity.WARNING, Fixability.SAFE);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(DotenvDocument document, RuleContext context) {
        SafeFixes fixes = SafeFixes.in(document, context);
        for (DotenvLine.Entry entry : document.entries()) {
            TextRange eq = entry.delimiter();
            if (eq == null || entry.key().isEmpty()) {
                continue;
            }
            String name = KeyCharacters.shown(document, entry);
            if (entry.key().end() < eq.start()) {
                fixes.add(TextRange.of(entry.key().end(), eq.start()), "whitespace between " + name + " and '='",
                        name, "delete the whitespace", Edit.delete(entry.key().end(), eq.start()));
            }
            DotenvValue value = entry.value();
            if (!value.isEmpty() && eq.end() < value.raw().start()) {
                fixes.add(TextRange.of(eq.end(), value.raw().start()), "whitespace between '=' and the value of " + name,
                        name, "delete the whitespace", Edit.delete(eq.end(), value.raw().start()));
            }
        }
        fixes.report();
    }
}
