package dev.confguard.rules.pack;

import dev.confguard.resolve.ResolvedConfig;
import dev.confguard.resolve.ResolvedValue;
import dev.confguard.rules.WorkspaceContext;
import dev.confguard.workspace.Environment;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code kind: same-value}: within each environment, the services on every side must hold the same
 * value (compared by salted fingerprint, never shown; for Secret Manager references, the secret ids are
 * compared and named; with {@code --compare-secret-values}, the payloads they resolve to, by SHA-256).
 * With {@code sameKey: true} they must also use the same key for it: the first of
 * {@code keys} that any service uses is the one every service must use (two names for one secret is
 * how two services end up with two secrets). Findings sit on each service that differs from the first
 * one, with the first as related location.
 */
final class SameValueRule extends PackRule {
    private final List<Side> sides;
    private final boolean sameKey;

    private SameValueRule(Common common, List<Side> sides, boolean sameKey) {
        super(common);
        this.sides = List.copyOf(sides);
        this.sameKey = sameKey;
    }

    static SameValueRule from(RuleSpec spec, Common common) {
        List<Side> sides = new ArrayList<>();
        List<?> raw = spec.list("sides");
        for (Object item : raw) {
            if (item instanceof java.util.Map) {
                java.util.Map<?, ?> m = (java.util.Map<?, ?>) item;
                sides.add(new Side(strings(m.get("services")), strings(m.get("keys"))));
            }
        }
        if (sides.isEmpty()) {
            List<String> keys = spec.strings("keys");
            if (keys.isEmpty()) {
                spec.fail(spec.pointer(), "a same-value rule needs 'keys' (with where.services) or 'sides'");
            }
            sides.add(new Side(List.of(), keys));
        }
        return new SameValueRule(common, sides, spec.bool("sameKey", false));
    }

    private static List<String> strings(Object node) {
        List<String> out = new ArrayList<>();
        if (node instanceof List) {
            ((List<?>) node).forEach(o -> out.add(String.valueOf(o)));
        }
        return out;
    }

    private record Use(ResolvedConfig config, ResolvedValue value, int keyRank) {
    }

    @Override
    public boolean judgesEachConfigurationAlone() {
        return false;
    }

    @Override
    public void check(List<ResolvedConfig> all, WorkspaceContext context) {
        for (Environment env : context.workspace().environments()) {
            List<Use> uses = new ArrayList<>();
            for (Side side : sides) {
                List<ResolvedConfig> covered = new ArrayList<>();
                for (ResolvedConfig config : all) {
                    if (config.environment().equals(env) && side.covers(config, where())) {
                        covered.add(config);
                    }
                }
                covered.sort(java.util.Comparator.comparingInt(c -> order(side, c.service().name())));
                for (ResolvedConfig config : covered) {
                    ResolvedValue v = side.valueIn(config);
                    if (v != null) {
                        uses.add(new Use(config, v, rank(side, v.key(), env)));
                    }
                }
            }
            if (uses.size() < 2) {
                continue;
            }
            List<Use> compared = new ArrayList<>(uses);
            if (sameKey) {
                Use canonical = uses.get(0);
                for (Use u : uses) {
                    if (u.keyRank() < canonical.keyRank()) {
                        canonical = u;
                    }
                }
                for (Use u : uses) {
                    if (!u.value().key().equals(canonical.value().key())) {
                        compared.remove(u);
                        report(context, u.config(), context.keyOf(u.value().origin(), u.value().key()), u.value().key(),
                                u.config().service().name() + " reads this value from " + u.value().key() + " in "
                                        + env.name() + ", " + canonical.config().service().name() + " from "
                                        + canonical.value().key() + "; one value needs one name in every service,"
                                        + " or each name gets its own secret at deploy time",
                                List.of(canonical.value().origin()));
                    }
                }
            }
            compareValues(compared, env, context);
        }
    }

    private void compareValues(List<Use> uses, Environment env, WorkspaceContext context) {
        Use first = null;
        String firstPrint = null;
        String firstPayload = null;
        for (Use u : uses) {
            String value = u.value().value();
            String payload = context.secrets().payloadDigest(u.config(), u.value().key());
            if (Values.isUnset(value) && payload == null) {
                continue;
            }
            if (first == null) {
                first = u;
                firstPrint = context.fingerprint(value.strip());
                firstPayload = payload;
                continue;
            }
            if (payload != null || firstPayload != null) {
                if (payload != null && firstPayload != null && !payload.equals(firstPayload)) {
                    report(context, u.config(), u.value().origin(), u.value().key(), u.value().key() + " of "
                            + u.config().service().name() + " in " + env.name() + " gets a different secret from "
                            + first.value().key() + " of " + first.config().service().name()
                            + " (Secret Manager payloads compared by SHA-256; values are not shown)",
                            List.of(first.value().origin()));
                }
                continue;
            }
            boolean firstRef = Values.isSecretReference(first.value().value());
            if (firstRef != Values.isSecretReference(value) || firstPrint.equals(context.fingerprint(value.strip()))) {
                continue;
            }
            String what;
            if (firstRef) {
                what = " refers to secret " + String.join(", ", Values.secretIds(u.value().key(), value)) + ", "
                        + first.config().service().name() + "'s " + first.value().key() + " to "
                        + String.join(", ", Values.secretIds(first.value().key(), first.value().value()))
                        + ": two secrets where there must be one";
            } else {
                what = " differs from " + first.value().key() + " of " + first.config().service().name()
                        + " (compared by fingerprint; values are not shown)";
            }
            report(context, u.config(), u.value().origin(), u.value().key(), u.value().key() + " of "
                    + u.config().service().name() + " in " + env.name() + what, List.of(first.value().origin()));
        }
    }

    /** Services compare in the order the pack lists them (then the workspace's), so "first" means the same everywhere. */
    private int order(Side side, String service) {
        List<String> listed = side.services().isEmpty() ? where().services() : side.services();
        int i = listed.indexOf(service);
        return i < 0 ? listed.size() : i;
    }

    private static int rank(Side side, String key, Environment env) {
        for (int i = 0; i < side.keys().size(); i++) {
            if (Scope.expand(side.keys().get(i), env).equals(key)) {
                return i;
            }
        }
        return side.keys().size();
    }
}
