package dev.confguard.rules.yaml;

import dev.confguard.findings.Severity;
import dev.confguard.rules.ConfigRule;
import dev.confguard.rules.Fixability;
import dev.confguard.rules.RuleContext;
import dev.confguard.rules.RuleMeta;
import dev.confguard.yaml.ConfigDocument;
import dev.confguard.yaml.ConfigProblem;

/** A key set twice in one mapping: loaders keep one of the values, silently. */
public final class DuplicateKeyRule implements ConfigRule {
    private static final RuleMeta META = RuleMeta.of("yaml/duplicate-key",
            "A key is set twice in the same YAML mapping or JSON object", Severity.ERROR, Fixability.NONE);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(ConfigDocument document, RuleContext context) {
        ProblemRules.report(document, context, ConfigProblem.Kind.DUPLICATE_KEY);
    }
}
