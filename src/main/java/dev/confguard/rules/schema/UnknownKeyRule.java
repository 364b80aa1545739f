package dev.confguard.rules.schema;

import dev.confguard.findings.Severity;
import dev.confguard.rules.Fixability;
import dev.confguard.rules.RuleMeta;
import dev.confguard.schema.SchemaProblem;

/** An unknown key is often a misspelt one, whose intended key is then missing or left at its default. */
public final class UnknownKeyRule extends SchemaProblemRule {
    private static final RuleMeta META = RuleMeta.of("schema/unknown-key",
            "A key is not in its service's JSON Schema, which allows no others", Severity.WARNING, Fixability.NONE);

    public UnknownKeyRule() {
        super(SchemaProblem.Kind.UNKNOWN_KEY);
    }

    @Override
    public RuleMeta meta() {
        return META;
    }
}
