package dev.confguard.rules.pack;

import dev.confguard.resolve.ResolvedConfig;
import dev.confguard.resolve.ResolvedValue;
import dev.confguard.rules.WorkspaceContext;
import dev.confguard.secrets.SecretKeyNames;
import dev.confguard.workspace.Environment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code kind: unique-across-environments}: a secret value (keys in scope, by default those whose
 * names say they hold secrets) must not be the same in two environments when one of them is deployed.
 * Values are compared by salted fingerprint (with {@code --compare-secret-values}, a reference or deploy
 * mapping is compared by the SHA-256 of the payload it resolves to); the finding sits on the later environment (in workspace
 * order), with the earlier one as its related location.
 */
final class UniqueAcrossEnvironmentsRule extends PackRule {
    private UniqueAcrossEnvironmentsRule(Common common) {
        super(common);
    }

    static UniqueAcrossEnvironmentsRule from(RuleSpec spec, Common common) {
        return new UniqueAcrossEnvironmentsRule(common);
    }

    private record Use(ResolvedConfig config, ResolvedValue value) {
    }

    @Override
    public boolean judgesEachConfigurationAlone() {
        return false;
    }

    @Override
    public void check(List<ResolvedConfig> all, WorkspaceContext context) {
        List<Environment> order = context.workspace().environments();
        Map<String, List<Use>> byFingerprint = new HashMap<>();
        Map<String, Boolean> secretNames = new HashMap<>();
        for (ResolvedConfig config : all) {
            if (!where().appliesTo(config)) {
                continue;
            }
            for (ResolvedValue v : config.values().values()) {
                boolean inScope = where().hasKeys() ? where().matchesKey(v.key(), config.environment())
                        : secretNames.computeIfAbsent(v.key(), SecretKeyNames::looksSecret);
                String value = v.value();
                String payload = context.secrets().payloadDigest(config, v.key());
                if (inScope && payload != null) {
                    byFingerprint.computeIfAbsent("payload:" + payload, f -> new ArrayList<>()).add(new Use(config, v));
                    continue;
                }
                if (!inScope || Values.isUnset(value) || Values.isSecretReference(value) || value.contains("://")) {
                    continue;
                }
                byFingerprint.computeIfAbsent(context.fingerprint(value), f -> new ArrayList<>()).add(new Use(config, v));
            }
        }
        for (List<Use> uses : byFingerprint.values()) {
            Use first = null;
            for (Use u : uses) {
                if (first == null || order.indexOf(u.config().environment()) < order.indexOf(first.config().environment())) {
                    first = u;
                }
            }
            for (Use u : uses) {
                Environment env = u.config().environment();
                Environment firstEnv = first.config().environment();
                if (env.equals(firstEnv) || !env.deployed() && !firstEnv.deployed()) {
                    continue;
                }
                report(context, u.config(), u.value().origin(), u.value().key(), u.value().key() + " of "
                        + pair(u.config()) + " has the same value as " + first.value().key() + " of "
                        + pair(first.config()) + " (compared by fingerprint, never shown); each environment needs its own secret",
                        List.of(first.value().origin()));
            }
        }
    }
}
