package dev.confguard.rules.schema;

import dev.confguard.findings.Severity;
import dev.confguard.rules.Fixability;
import dev.confguard.rules.RuleMeta;
import dev.confguard.schema.SchemaProblem;

/** A required key that no layer sets is a service that cannot start in that environment. */
public final class MissingRequiredRule extends SchemaProblemRule {
    private static final RuleMeta META = RuleMeta.of("schema/missing-required",
            "A key the service's JSON Schema requires is set by no layer", Severity.ERROR, Fixability.NONE);

    public MissingRequiredRule() {
        super(SchemaProblem.Kind.MISSING_REQUIRED);
    }

    @Override
    public RuleMeta meta() {
        return META;
    }
}
