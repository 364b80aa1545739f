package dev.confguard.rules.pack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** The rule kinds a pack may use, each built by its class from the rule's spec. */
final class Kinds {
    private static final Map<String, BiFunction<RuleSpec, PackRule.Common, PackRule>> BUILDERS = new LinkedHashMap<>();

    static {
        BUILDERS.put("required", RequiredRule::from);
        BUILDERS.put("forbidden", ForbiddenRule::from);
        BUILDERS.put("deprecated", DeprecatedRule::from);
        BUILDERS.put("equals", EqualsRule::from);
        BUILDERS.put("pattern", PatternRule::from);
        BUILDERS.put("enum", EnumRule::from);
        BUILDERS.put("min-length", MinLengthRule::from);
        BUILDERS.put("not-placeholder", NotPlaceholderRule::from);
        BUILDERS.put("host", HostRule::from);
        BUILDERS.put("scheme", SchemeRule::from);
        BUILDERS.put("plaintext-secret", PlaintextSecretRule::from);
        BUILDERS.put("when", WhenRule::from);
        BUILDERS.put("isolation", IsolationRule::from);
        BUILDERS.put("same-value", SameValueRule::from);
        BUILDERS.put("points-to", PointsToRule::from);
        BUILDERS.put("includes", IncludesRule::from);
        BUILDERS.put("unique-across-environments", UniqueAcrossEnvironmentsRule::from);
    }

    /** Kinds that look at one configuration at a time: what a when rule's {@code then} may be. */
    static final List<String> PER_CONFIG = List.of("required", "forbidden", "deprecated", "equals", "pattern", "enum",
            "min-length", "not-placeholder", "host", "scheme", "plaintext-secret");

    private Kinds() {
    }

    static List<String> names() {
        return List.copyOf(BUILDERS.keySet());
    }

    static PackRule build(String kind, RuleSpec spec, PackRule.Common common) {
        BiFunction<RuleSpec, PackRule.Common, PackRule> builder = BUILDERS.get(kind);
        if (builder == null) {
            spec.fail(spec.pointerOf("kind"), "unknown kind '" + kind + "'"
                    + dev.confguard.errors.Spelling.suggestion(kind, BUILDERS.keySet()));
            return null;
        }
        return builder.apply(spec, common);
    }
}
