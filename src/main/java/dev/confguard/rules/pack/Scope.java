package dev.confguard.rules.pack;

import com.google.re2j.Pattern;
import dev.confguard.resolve.ResolvedConfig;
import dev.confguard.secrets.SecretKeyNames;
import dev.confguard.workspace.Environment;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A rule's {@code where}: the services, environments and keys it looks at. Environments are names or
 * aliases, or {@code deployed} / {@code not-deployed}; keys are globs ({@code *}, {@code ?}) where
 * {@code {ENV}} stands for the environment's name in upper case and {@code {env}} for it as written,
 * or an RE2 pattern; {@code secrets} keeps only keys whose names say they hold secrets.
 */
final class Scope {
    static final Scope ALL = new Scope(List.of(), List.of(), List.of(), null, false);

    private final List<String> services;
    private final List<String> environments;
    private final List<String> keys;
    private final Pattern keyPattern;
    private final boolean secretsOnly;
    private final boolean literal;
    /** Whether a key is in scope, per environment: keys repeat across every configuration of a run. */
    private final Map<Environment, Map<String, Boolean>> matches = new java.util.concurrent.ConcurrentHashMap<>();

    Scope(List<String> services, List<String> environments, List<String> keys, Pattern keyPattern,
          boolean secretsOnly) {
        this.services = List.copyOf(services);
        this.environments = List.copyOf(environments);
        this.keys = List.copyOf(keys);
        this.keyPattern = keyPattern;
        this.secretsOnly = secretsOnly;
        this.literal = !keys.isEmpty() && keyPattern == null
                && keys.stream().noneMatch(k -> k.indexOf('*') >= 0 || k.indexOf('?') >= 0);
    }

    static Scope of(RuleSpec spec) {
        java.util.Map<?, ?> where = spec.map("where");
        RuleSpec w = spec.nested("where");
        Pattern pattern = where.get("keyPattern") instanceof String ? w.regex("keyPattern") : null;
        return new Scope(w.strings("services"), w.strings("environments"), w.strings("keys"), pattern,
                w.bool("secrets", false));
    }

    boolean appliesTo(ResolvedConfig config) {
        return appliesToService(config.service().name()) && appliesTo(config.environment());
    }

    boolean appliesToService(String service) {
        return services.isEmpty() || services.contains(service);
    }

    boolean appliesTo(Environment env) {
        if (environments.isEmpty()) {
            return true;
        }
        for (String e : environments) {
            if (e.equals("deployed") ? env.deployed() : e.equals("not-deployed") ? !env.deployed() : env.isCalled(e)) {
                return true;
            }
        }
        return false;
    }

    List<String> services() {
        return services;
    }

    boolean hasKeys() {
        return !keys.isEmpty() || keyPattern != null;
    }

    boolean matchesKey(String key, Environment env) {
        if (secretsOnly && !SecretKeyNames.looksSecret(key)) {
            return false;
        }
        if (keys.isEmpty() && keyPattern == null) {
            return true;
        }
        for (String glob : keys) {
            if (Globs.matches(expand(glob, env), key)) {
                return true;
            }
        }
        return keyPattern != null && keyPattern.matcher(key).find();
    }

    /**
     * The keys of a configuration this scope looks at, in the configuration's order (literal keys, the
     * common case, in the scope's order, by lookup rather than by walking every key).
     */
    List<String> keysOf(ResolvedConfig config) {
        List<String> out = new ArrayList<>();
        if (literal) {
            for (String k : keys) {
                String name = expand(k, config.environment());
                if (config.values().containsKey(name) && !out.contains(name)
                        && (!secretsOnly || SecretKeyNames.looksSecret(name))) {
                    out.add(name);
                }
            }
            return out;
        }
        if (!secretsOnly && keys.isEmpty() && keyPattern == null) {
            out.addAll(config.values().keySet()); // every key is in scope: nothing to look up
            return out;
        }
        Map<String, Boolean> memo = matches.computeIfAbsent(config.environment(),
                e -> new java.util.concurrent.ConcurrentHashMap<>());
        for (String key : config.values().keySet()) {
            Boolean in = memo.get(key); // a plain lookup first: no lambda to allocate for a key seen before
            if (in == null) {
                in = memo.computeIfAbsent(key, k -> matchesKey(k, config.environment()));
            }
            if (in) {
                out.add(key);
            }
        }
        return out;
    }

    /** {@code {ENV}} → STAGING, {@code {env}} → staging. */
    static String expand(String text, Environment env) {
        if (text.indexOf('{') < 0) {
            return text;
        }
        return text.replace("{ENV}", env.name().toUpperCase(Locale.ROOT).replace('-', '_'))
                .replace("{env}", env.name());
    }
}
