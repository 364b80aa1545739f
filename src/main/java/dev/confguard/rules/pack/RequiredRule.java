package dev.confguard.rules.pack;

import dev.confguard.resolve.ResolvedConfig;
import dev.confguard.resolve.ResolvedValue;
import dev.confguard.resolve.ValueOrigin;
import dev.confguard.rules.WorkspaceContext;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code kind: required}: each item of {@code keys} must be set (an item that is a list is satisfied by
 * any one of its keys). An empty value counts, as a value filled at deploy time, unless
 * {@code nonEmpty: true}. When a key that looks like a misspelling of the missing one is set (the
 * {@code _PROD} for {@code _PRODUCTION} mistake), the finding points at it.
 */
final class RequiredRule extends PackRule {
    private final List<List<String>> keys;
    private final boolean nonEmpty;

    private RequiredRule(Common common, List<List<String>> keys, boolean nonEmpty) {
        super(common);
        this.keys = keys;
        this.nonEmpty = nonEmpty;
    }

    static RequiredRule from(RuleSpec spec, Common common) {
        List<List<String>> keys = new ArrayList<>();
        for (Object item : spec.list("keys")) {
            if (item instanceof List) {
                List<String> alternatives = new ArrayList<>();
                ((List<?>) item).forEach(k -> alternatives.add(String.valueOf(k)));
                keys.add(alternatives);
            } else if (item != null) {
                keys.add(List.of(String.valueOf(item)));
            }
        }
        if (keys.isEmpty()) {
            spec.fail(spec.pointer(), "a required rule needs a non-empty 'keys' list");
        }
        return new RequiredRule(common, keys, spec.bool("nonEmpty", false));
    }

    @Override
    void checkConfig(ResolvedConfig config, WorkspaceContext context) {
        if (config.layers().stream().noneMatch(dev.confguard.resolve.LayerFile::exists)) {
            return; // the service has no configuration for this environment in the repository at all
        }
        for (List<String> alternatives : keys) {
            List<String> names = new ArrayList<>();
            boolean found = false;
            for (String k : alternatives) {
                String name = Scope.expand(k, config.environment());
                names.add(name);
                ResolvedValue v = config.values().get(name);
                if (v != null && (!nonEmpty || !Values.isUnset(v.value()))) {
                    found = true;
                    break;
                }
            }
            if (found) {
                continue;
            }
            String wanted = names.size() == 1 ? names.get(0) : "one of " + String.join(", ", names);
            ResolvedValue empty = null;
            for (String name : names) {
                if (config.values().containsKey(name)) {
                    empty = config.values().get(name);
                }
            }
            if (empty != null) {
                report(context, config, empty.origin(), empty.key(), empty.key() + " is empty for " + pair(config)
                        + "; it must have a value", List.of());
                continue;
            }
            String near = nearMiss(names, config);
            if (near != null) {
                ValueOrigin at = context.keyOf(config.values().get(near).origin(), near);
                report(context, config, at, near, pair(config) + " has no " + wanted + "; " + near
                        + " looks like a misspelling of it, and services do not read it", List.of());
            } else {
                report(context, config, null, names.get(0), pair(config) + " has no " + wanted
                        + " (no layer sets it)", List.of());
            }
        }
    }

    /**
     * A set key that differs from one of the names only in case, or that one of them starts with (or the
     * other way round) sharing most of it (GOOGLE_OAUTH_CLIENT_ID_PROD for …_PRODUCTION); or null.
     */
    private static String nearMiss(List<String> names, ResolvedConfig config) {
        for (String name : names) {
            for (String key : config.values().keySet()) {
                if (key.equals(name)) {
                    continue;
                }
                String shorter = key.length() < name.length() ? key : name;
                String longer = key.length() < name.length() ? name : key;
                if (key.equalsIgnoreCase(name)
                        || longer.startsWith(shorter) && shorter.length() * 10 >= longer.length() * 7) {
                    return key;
                }
            }
        }
        return null;
    }
}
