package dev.confguard.rules.yaml;

import dev.confguard.findings.Severity;
import dev.confguard.rules.ConfigRule;
import dev.confguard.rules.Fixability;
import dev.confguard.rules.RuleContext;
import dev.confguard.rules.RuleMeta;
import dev.confguard.yaml.ConfigDocument;
import dev.confguard.yaml.ConfigProblem;

/** YAML 1.1 implicit typing that rewrites what was written (NO becomes false, 0777 becomes 511). */
public final class ImplicitTypeRule implements ConfigRule {
    private static final RuleMeta META = RuleMeta.of("yaml/implicit-type",
            "A plain YAML value changes meaning under YAML 1.1 implicit typing (NO, on, 0777, 1.10)", Severity.WARNING, Fixability.NONE);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(ConfigDocument document, RuleContext context) {
        ProblemRules.report(document, context, ConfigProblem.Kind.IMPLICIT_TYPE);
    }
}
