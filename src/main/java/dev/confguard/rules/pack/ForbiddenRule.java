package dev.confguard.rules.pack;

import dev.confguard.resolve.ResolvedConfig;
import dev.confguard.resolve.ResolvedValue;
import dev.confguard.rules.WorkspaceContext;
import java.util.List;

/** {@code kind: forbidden}: no key in scope may be set (the finding points at the key). */
final class ForbiddenRule extends PackRule {
    private ForbiddenRule(Common common) {
        super(common);
    }

    static ForbiddenRule from(RuleSpec spec, Common common) {
        if (!common.where().hasKeys()) {
            spec.fail(spec.pointer(), "a forbidden rule needs where.keys or where.keyPattern");
        }
        return new ForbiddenRule(common);
    }

    @Override
    void checkConfig(ResolvedConfig config, WorkspaceContext context) {
        for (String key : where().keysOf(config)) {
            ResolvedValue v = config.values().get(key);
            report(context, config, context.keyOf(v.origin(), key), key, key + " must not be set for " + pair(config),
                    List.of());
        }
    }
}
