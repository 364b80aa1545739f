package dev.confguard.rules.pack;

import dev.confguard.workspace.Environment;
import java.util.List;

/** {@code kind: enum}: the value must be one of {@code values} ({@code not: true}: none of them). */
final class EnumRule extends ValueRule {
    private final List<String> values;
    private final boolean negate;
    private final boolean ignoreCase;

    private EnumRule(Common common, List<String> values, boolean negate, boolean ignoreCase) {
        super(common);
        this.values = List.copyOf(values);
        this.negate = negate;
        this.ignoreCase = ignoreCase;
    }

    static EnumRule from(RuleSpec spec, Common common) {
        return new EnumRule(common, spec.requireStrings("values", "enum"), spec.bool("not", false),
                spec.bool("ignoreCase", false));
    }

    @Override
    Problem problem(String key, String value, Environment environment) {
        boolean found = false;
        for (String v : values) {
            String want = Scope.expand(v, environment);
            if (ignoreCase ? want.equalsIgnoreCase(value) : want.equals(value)) {
                found = true;
                break;
            }
        }
        if (found != negate) {
            return null;
        }
        return Problem.of(negate ? key + " is set to a value this rule forbids in " + environment.name()
                : key + " must be one of " + String.join(", ", values) + " in " + environment.name());
    }
}
