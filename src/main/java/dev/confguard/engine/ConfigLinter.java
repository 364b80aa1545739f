package dev.confguard.engine;

import dev.confguard.findings.Directive;
import dev.confguard.findings.DirectiveParser;
import dev.confguard.findings.Finding;
import dev.confguard.findings.Suppressions;
import dev.confguard.rules.ConfigRule;
import dev.confguard.rules.RuleContext;
import dev.confguard.rules.RuleSelection;
import dev.confguard.source.SourceFile;
import dev.confguard.yaml.ConfigDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Runs the selected config rules over one YAML or JSON file. Directives are read from full-line
 * {@code #} comments, so YAML files take the same {@code # confguard-disable…} comments as .env files.
 */
public final class ConfigLinter {
    private final List<ConfigRule> rules;
    private final RuleSelection selection;
    private final Set<String> knownRuleIds;

    public ConfigLinter(RuleSelection selection, Set<String> knownRuleIds) {
        this.selection = selection;
        this.rules = selection.rules(ConfigRule.class);
        this.knownRuleIds = Set.copyOf(knownRuleIds);
    }

    public List<Finding> lint(ConfigDocument document) {
        SourceFile source = document.source();
        List<Finding> findings = new ArrayList<>();
        for (ConfigRule rule : rules) {
            RuleContext context = new RuleContext(source, rule.meta(), selection.severity(rule.id()), findings::add,
                    knownRuleIds);
            try {
                rule.check(document, context);
            } catch (RuntimeException e) {
                throw new RuleFailure(rule.id(), source.displayPath(), e);
            }
        }
        findings = commentDirectives(source).filter(findings);
        findings.sort(Finding.ORDER);
        return findings;
    }

    static Suppressions commentDirectives(SourceFile source) {
        String text = source.text();
        if (!text.contains("confguard-")) {
            return Suppressions.none();
        }
        List<Directive> directives = new ArrayList<>();
        int line = 1;
        int start = 0;
        int n = text.length();
        while (start <= n) {
            int end = start;
            while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            int i = start;
            while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                i++;
            }
            if (i < end && text.charAt(i) == '#') {
                Directive d = DirectiveParser.parse(text.substring(i, end), line, i - start + 1);
                if (d != null) {
                    directives.add(d);
                }
            }
            if (end < n && text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n') {
                end++;
            }
            start = end + 1;
            line++;
        }
        return new Suppressions(directives);
    }
}
