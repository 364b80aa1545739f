package dev.confguard.rules.dotenv;

import dev.confguard.dotenv.DotenvDocument;
import dev.confguard.dotenv.DotenvLine;
import dev.confguard.errors.Spelling;
import dev.confguard.findings.Directive;
import dev.confguard.findings.DirectiveParser;
import dev.confguard.findings.Severity;
import dev.confguard.rules.DocumentRule;
import dev.confguard.rules.Fixability;
import dev.confguard.rules.RuleContext;
import dev.confguard.rules.RuleMeta;
import dev.confguard.source.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An inline directive that names a rule the registry does not know, or a {@code confguard-} comment
 * whose directive word is misspelt: either way it silently suppresses nothing.
 */
public final class InvalidDirectiveRule implements DocumentRule {
    private static final RuleMeta META = RuleMeta.of("dotenv/invalid-directive",
            "An inline confguard directive is misspelt or names an unknown rule", Severity.ERROR, Fixability.NONE);

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
            String body = comment.slice(text);
            Directive directive = DirectiveParser.parse(body, 1, 1);
            if (directive == null) {
                unknownDirective(body, comment.start(), context);
                continue;
            }
            // parse() was given column 1 for the '#', so column() - 1 is the rule list's offset in the comment.
            int searchFrom = comment.start() + directive.column() - 1;
            for (String rule : directive.rules()) {
                int at = text.indexOf(rule, searchFrom);
                searchFrom = at + rule.length();
                if (!context.knownRuleIds().contains(rule)) {
                    context.report(TextRange.of(at, at + rule.length()), "unknown rule '"
                            + KeyCharacters.visible(rule) + "' in " + directive.kind().word()
                            + suggestion(rule, context.knownRuleIds()));
                }
            }
        }
    }

    /** A comment that starts like a directive ({@code # confguard-…}) but whose word is not one. */
    private static void unknownDirective(String body, int commentStart, RuleContext context) {
        int i = 1;
        while (i < body.length() && (body.charAt(i) == ' ' || body.charAt(i) == '\t')) {
            i++;
        }
        if (!body.startsWith("confguard-", i)) {
            return;
        }
        int end = i;
        while (end < body.length() && !Character.isWhitespace(body.charAt(end))) {
            end++;
        }
        String word = body.substring(i, end);
        List<String> kinds = new ArrayList<>();
        for (Directive.Kind kind : Directive.Kind.values()) {
            kinds.add(kind.word());
        }
        context.report(TextRange.of(commentStart + i, commentStart + end), "unknown directive '"
                + KeyCharacters.visible(word) + "', which suppresses nothing" + Spelling.suggestion(word, kinds));
    }

    /** A did-you-mean, also for an id written without its category ({@code lowercase-key}). */
    private static String suggestion(String rule, Set<String> known) {
        String close = Spelling.suggestion(rule, known);
        if (!close.isEmpty() || rule.contains("/")) {
            return close;
        }
        for (String id : known) {
            if (id.endsWith("/" + rule)) {
                return "; did you mean '" + id + "'?";
            }
        }
        return "";
    }
}
