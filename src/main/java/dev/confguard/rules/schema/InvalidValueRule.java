package dev.confguard.rules.schema;

import dev.confguard.findings.Severity;
import dev.confguard.rules.Fixability;
import dev.confguard.rules.RuleMeta;
import dev.confguard.schema.SchemaProblem;

/** A value that breaks the schema is a service that fails at start-up, or later. */
public final class InvalidValueRule extends SchemaProblemRule {
    private static final RuleMeta META = RuleMeta.of("schema/invalid-value",
            "A value breaks its service's JSON Schema (type, enum, const, format, pattern, length, range)", Severity.ERROR, Fixability.NONE);

    public InvalidValueRule() {
        super(SchemaProblem.Kind.INVALID_VALUE);
    }

    @Override
    public RuleMeta meta() {
        return META;
    }
}
