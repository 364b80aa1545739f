package dev.confguard.rules.dotenv;

import dev.confguard.dotenv.DotenvDocument;
import dev.confguard.dotenv.DotenvLine;
import dev.confguard.findings.Edit;
import dev.confguard.findings.Severity;
import dev.confguard.rules.DocumentRule;
import dev.confguard.rules.Fixability;
import dev.confguard.rules.RuleContext;
import dev.confguard.rules.RuleMeta;
import dev.confguard.source.TextRange;

/** A key indented with whitespace or starting with something other than a letter or {@code _}. */
public final class LeadingCharacterRule implements DocumentRule {
    private static final RuleMeta META = RuleMeta.of("dotenv/leading-character",
            "A line starts with whitespace, or a key starts with a digit or symbol", Severity.WARNING,
            Fixability.SAFE);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(DotenvDocument document, RuleContext context) {
        String text = document.text();
        SafeFixes fixes = SafeFixes.in(document, context);
        for (DotenvLine.Entry entry : document.entries()) {
            String name = KeyCharacters.shown(document, entry);
            if (!entry.indent().isEmpty()) {
                fixes.add(entry.indent(), "whitespace before " + (name.isEmpty() ? "the key" : name), name,
                        "delete the indentation", Edit.delete(entry.indent().start(), entry.indent().end()));
                continue;
            }
            TextRange key = entry.key();
            if (key.isEmpty()) {
                continue;
            }
            char first = text.charAt(key.start());
            boolean letter = (first >= 'A' && first <= 'Z') || (first >= 'a' && first <= 'z') || first == '_';
            if (!letter && KeyCharacters.isAcceptedEverywhere(first)) {
                // No fix: a different first character makes a different key.
                context.report(TextRange.of(key.start(), key.start() + 1), name + " starts with '" + first
                        + "'; environment variable names start with a letter or '_'", name);
            }
        }
        fixes.report();
    }
}
