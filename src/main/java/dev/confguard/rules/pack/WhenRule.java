package dev.confguard.rules.pack;

import com.google.re2j.Pattern;
import dev.confguard.resolve.ResolvedConfig;
import dev.confguard.rules.WorkspaceContext;
import java.util.List;
import java.util.Map;

/**
 * {@code kind: when}: a check that applies only while a condition on another key of the same
 * configuration holds ({@code if: {key: ENVIRONMENT, equals: production}} then
 * {@code {kind: equals, value: false, type: boolean}} on the rule's keys).
 */
final class WhenRule extends PackRule {
    private final String conditionKey;
    private final List<String> accepted;
    private final Pattern pattern;
    private final Boolean mustBeSet;
    private final Boolean mustBeTrue;
    private final PackRule then;

    private WhenRule(Common common, String conditionKey, List<String> accepted, Pattern pattern, Boolean mustBeSet,
                     Boolean mustBeTrue, PackRule then) {
        super(common);
        this.conditionKey = conditionKey;
        this.accepted = accepted;
        this.pattern = pattern;
        this.mustBeSet = mustBeSet;
        this.mustBeTrue = mustBeTrue;
        this.then = then;
    }

    static WhenRule from(RuleSpec spec, Common common) {
        Map<?, ?> cond = spec.map("if");
        RuleSpec c = spec.nested("if");
        if (cond.isEmpty()) {
            spec.fail(spec.pointer(), "a when rule needs 'if' (a condition) and 'then' (a check)");
        }
        List<String> accepted = null;
        if (cond.containsKey("equals")) {
            accepted = List.of(c.string("equals"));
        } else if (cond.containsKey("in")) {
            accepted = c.strings("in");
        }
        Pattern pattern = c.has("pattern") ? c.regex("pattern") : null;
        Boolean set = cond.get("set") instanceof Boolean ? (Boolean) cond.get("set") : null;
        Boolean truthy = cond.get("true") instanceof Boolean ? (Boolean) cond.get("true") : null;
        RuleSpec thenSpec = spec.nested("then");
        String kind = thenSpec.string("kind");
        PackRule then = null;
        if (kind == null || kind.equals("when") || !Kinds.PER_CONFIG.contains(kind)) {
            spec.fail(spec.pointerOf("then"), "'then' needs a kind that checks one configuration ("
                    + String.join(", ", Kinds.PER_CONFIG) + ")");
        } else {
            then = Kinds.build(kind, thenSpec, new Common(common.meta(), common.doc(), common.where(), common.message(),
                    common.environmentSeverity(), common.pack(), kind));
        }
        return new WhenRule(common, c.string("key"), accepted, pattern, set, truthy, then);
    }

    @Override
    void checkConfig(ResolvedConfig config, WorkspaceContext context) {
        if (then != null && holds(config)) {
            then.checkConfig(config, context);
        }
    }

    private boolean holds(ResolvedConfig config) {
        String value = config.value(conditionKey);
        if (mustBeSet != null && mustBeSet == Values.isUnset(value)) {
            return false;
        }
        if (value == null) {
            return mustBeSet != null && !mustBeSet && accepted == null && pattern == null && mustBeTrue == null;
        }
        if (accepted != null && !accepted.contains(value.strip())) {
            return false;
        }
        if (pattern != null && !pattern.matches(value)) {
            return false;
        }
        return mustBeTrue == null || mustBeTrue.equals(Values.asBoolean(value));
    }
}
