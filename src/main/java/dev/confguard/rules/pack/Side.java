package dev.confguard.rules.pack;

import dev.confguard.resolve.ResolvedConfig;
import dev.confguard.resolve.ResolvedValue;
import java.util.List;

/**
 * One side of a relation between services: the services (empty: every service the rule's scope
 * allows) and the key they use, or alternative keys of which the first set one counts.
 */
record Side(List<String> services, List<String> keys) {
    Side {
        services = List.copyOf(services);
        keys = List.copyOf(keys);
    }

    static Side of(RuleSpec spec, String field, String kind) {
        RuleSpec s = spec.nested(field);
        if (spec.map(field).isEmpty()) {
            spec.fail(spec.pointer(), "a " + kind + " rule needs '" + field + "' (services and keys)");
        }
        return new Side(s.strings("services"), s.strings("keys"));
    }

    boolean covers(ResolvedConfig config, Scope where) {
        return (services.isEmpty() ? where.appliesToService(config.service().name())
                : services.contains(config.service().name())) && where.appliesTo(config.environment());
    }

    /** The configurations this side covers, by environment: relations compare within one environment. */
    static java.util.Map<dev.confguard.workspace.Environment, List<ResolvedConfig>> byEnvironment(
            List<ResolvedConfig> all, Side side, Scope where) {
        java.util.Map<dev.confguard.workspace.Environment, List<ResolvedConfig>> out = new java.util.HashMap<>();
        for (ResolvedConfig c : all) {
            if (side.covers(c, where)) {
                out.computeIfAbsent(c.environment(), e -> new java.util.ArrayList<>()).add(c);
            }
        }
        return out;
    }

    /** The first of the keys this configuration sets, or null. */
    ResolvedValue valueIn(ResolvedConfig config) {
        for (String k : keys) {
            ResolvedValue v = config.values().get(Scope.expand(k, config.environment()));
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
