package dev.confguard.rules.yaml;

import dev.confguard.findings.Severity;
import dev.confguard.rules.ConfigRule;
import dev.confguard.rules.Fixability;
import dev.confguard.rules.RuleContext;
import dev.confguard.rules.RuleMeta;
import dev.confguard.yaml.ConfigDocument;
import dev.confguard.yaml.ConfigProblem;

/** Syntax errors and non-scalar keys: the file (or part of it) means nothing to any loader. */
public final class SyntaxErrorRule implements ConfigRule {
    private static final RuleMeta META = RuleMeta.of("yaml/syntax-error",
            "A YAML or JSON file cannot be parsed, or has a key that is not a plain value", Severity.ERROR, Fixability.NONE);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(ConfigDocument document, RuleContext context) {
        ProblemRules.report(document, context, ConfigProblem.Kind.SYNTAX, ConfigProblem.Kind.NON_SCALAR_KEY);
    }
}
