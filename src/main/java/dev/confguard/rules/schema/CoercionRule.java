package dev.confguard.rules.schema;

import dev.confguard.findings.Severity;
import dev.confguard.rules.Fixability;
import dev.confguard.rules.RuleMeta;
import dev.confguard.schema.SchemaProblem;

/** .env values are text; one that does not read as its schema's type breaks the service that parses it. */
public final class CoercionRule extends SchemaProblemRule {
    private static final RuleMeta META = RuleMeta.of("schema/coercion",
            "A value does not read as the type its schema asks for (integer, number, boolean, list)", Severity.ERROR, Fixability.NONE);

    public CoercionRule() {
        super(SchemaProblem.Kind.COERCION);
    }

    @Override
    public RuleMeta meta() {
        return META;
    }
}
