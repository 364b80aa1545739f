package dev.confguard.rules.pack;

import dev.confguard.isolation.ResourceExtractor;
import dev.confguard.isolation.ResourcePart;
import dev.confguard.isolation.ResourcePart.Kind;
import dev.confguard.resolve.ResolvedConfig;
import dev.confguard.resolve.ResolvedValue;
import dev.confguard.resolve.ValueOrigin;
import dev.confguard.rules.WorkspaceContext;
import dev.confguard.workspace.Environment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code kind: isolation}: a value of environment E must not carry a marker of another environment F.
 * Markers are looked for in what a value means ({@link ResourceExtractor}: hosts, projects, databases,
 * secret ids, buckets) and in key suffixes, never in raw text. With {@code generic: true} the markers
 * are the environments' own names and aliases (a {@code staging} label in a production host, a
 * {@code _STAGING} key in development, an environment-naming key whose value names another
 * environment); {@code markers} adds precise ones per environment. A value a precise rule flags is
 * left to it by the generic rules, so one leak is one finding.
 */
final class IsolationRule extends PackRule {
    private final boolean generic;
    private final java.util.Set<String> environmentKeys;
    private final java.util.Set<String> buildModeKeys;
    private final Map<String, Markers> markers;
    private final List<IsolationRule> precise = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** Key suffixes per environment: a pure function of the rule and the environment, memoised. */
    private final Map<Environment, List<String>> suffixes = new java.util.concurrent.ConcurrentHashMap<>();

    /** The precise markers of one environment. */
    record Markers(List<String> hosts, List<String> projects, List<String> projectNumbers, List<String> databases,
                   List<String> secrets, List<String> buckets, List<String> keySuffixes) {
    }

    /** One marker found: where (in the value, or the key), what it is, and whose it is. */
    record Hit(int start, int end, boolean onKey, String what, Environment owner) {
    }

    private IsolationRule(Common common, boolean generic, List<String> environmentKeys, List<String> buildModeKeys,
                          Map<String, Markers> markers) {
        super(common);
        this.generic = generic;
        this.environmentKeys = java.util.Set.copyOf(environmentKeys);
        this.buildModeKeys = java.util.Set.copyOf(buildModeKeys);
        this.markers = markers;
    }

    static IsolationRule from(RuleSpec spec, PackRule.Common common) {
        Map<String, Markers> markers = new LinkedHashMap<>();
        RuleSpec m = spec.nested("markers");
        for (Map.Entry<?, ?> e : spec.map("markers").entrySet()) {
            String env = String.valueOf(e.getKey());
            RuleSpec one = m.nested(env);
            markers.put(env, new Markers(one.strings("hosts"), one.strings("projects"), one.strings("projectNumbers"),
                    one.strings("databases"), one.strings("secrets"), one.strings("buckets"),
                    one.strings("keySuffixes")));
        }
        boolean generic = spec.bool("generic", false);
        if (!generic && markers.isEmpty()) {
            spec.fail(spec.pointer(), "an isolation rule needs 'markers' or 'generic: true'");
        }
        return new IsolationRule(common, generic, spec.strings("environmentKeys"), spec.strings("buildModeKeys"),
                markers);
    }

    boolean isGeneric() {
        return generic;
    }

    /** For a generic rule: the precise rules in effect with it, which take the values they flag. */
    void deferTo(List<IsolationRule> rules) {
        precise.clear();
        precise.addAll(rules);
    }

    @Override
    void checkConfig(ResolvedConfig config, WorkspaceContext context) {
        List<Environment> all = context.workspace().environments();
        for (String key : where().keysOf(config)) {
            ResolvedValue v = config.values().get(key);
            List<Hit> hits = hits(key, v.value(), config.environment(), all);
            if (hits.isEmpty() || generic && takenByPrecise(config, key, v.value(), all, context)) {
                continue;
            }
            Hit first = hits.get(0);
            ValueOrigin at = first.onKey() ? context.keyOf(v.origin(), key)
                    : context.within(v.origin(), v.value(), first.start(), first.end());
            String more = hits.size() == 1 ? "" : " (and " + (hits.size() - 1) + " more marker"
                    + (hits.size() == 2 ? "" : "s") + ")";
            reportPart(context, config, at, key, first.what(), key + " in " + config.environment().name() + " names "
                    + first.owner().name() + ": " + first.what() + more, List.of(), null);
        }
    }

    private boolean takenByPrecise(ResolvedConfig config, String key, String value, List<Environment> all,
                                   WorkspaceContext context) {
        for (IsolationRule rule : precise) {
            if (context.isEnabled(rule.id()) && rule.where().appliesTo(config)
                    && rule.where().matchesKey(key, config.environment())
                    && !rule.hits(key, value, config.environment(), all).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The markers of other environments in one value (and its key), in value order, key suffixes first. */
    List<Hit> hits(String key, String value, Environment own, List<Environment> all) {
        List<Hit> hits = new ArrayList<>();
        String upper = key.toUpperCase(Locale.ROOT);
        if (upper.indexOf('_') >= 0 && !ownsSuffix(own, upper)) {
            for (Environment other : all) {
                if (other.equals(own)) {
                    continue;
                }
                for (String suffix : keySuffixes(other)) {
                    if (upper.endsWith(suffix)) {
                        hits.add(new Hit(0, 0, true, "the key suffix " + suffix, other));
                        break;
                    }
                }
            }
        }
        if (value == null || value.isBlank()) {
            return hits;
        }
        if (generic) {
            environmentKey(key, value, own, all, hits);
        }
        for (ResourcePart part : ResourceExtractor.extract(key, value)) {
            if (part.kind() == Kind.SCHEME || precise(part, own) != null) {
                continue;
            }
            boolean found = false;
            for (Environment other : all) {
                if (!other.equals(own)) {
                    String what = precise(part, other);
                    if (what != null) {
                        hits.add(new Hit(part.start(), part.end(), false, what, other));
                        found = true;
                        break;
                    }
                }
            }
            if (!found && generic) {
                label(part, value, own, all, hits);
            }
        }
        return hits;
    }

    private List<String> keySuffixes(Environment env) {
        List<String> known = suffixes.get(env); // a plain lookup first: no method reference to allocate
        return known != null ? known : suffixes.computeIfAbsent(env, this::computeSuffixes);
    }

    private List<String> computeSuffixes(Environment env) {
        List<String> out = new ArrayList<>();
        if (generic) {
            for (String spelling : env.spellings()) {
                out.add("_" + spelling.toUpperCase(Locale.ROOT).replace('-', '_'));
            }
        }
        Markers m = markersOf(env);
        if (m != null) {
            m.keySuffixes().forEach(s -> out.add(s.toUpperCase(Locale.ROOT)));
        }
        return List.copyOf(out);
    }

    /** A key whose suffix names its own environment is fine even when another environment's suffix ends it too. */
    private boolean ownsSuffix(Environment own, String upperKey) {
        for (String suffix : keySuffixes(own)) {
            if (upperKey.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    private void environmentKey(String key, String value, Environment own, List<Environment> all, List<Hit> hits) {
        boolean naming = environmentKeys.contains(key);
        boolean buildMode = buildModeKeys.contains(key);
        if (!naming && !buildMode) {
            return;
        }
        String v = value.strip();
        int start = value.indexOf(v);
        for (Environment other : all) {
            if (other.equals(own) || !other.isCalled(v) && !other.isCalled(v.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (own.isCalled(v) || buildMode && other.deployed() == own.deployed()) {
                return;
            }
            hits.add(new Hit(start, start + v.length(), false, "the value names the environment " + other.name(), other));
            return;
        }
    }

    private static void label(ResourcePart part, String value, Environment own, List<Environment> all, List<Hit> hits) {
        for (int[] label : part.labels()) {
            String word = value.substring(label[0], label[1]).toLowerCase(Locale.ROOT);
            if (own.isCalled(word)) {
                continue;
            }
            for (Environment other : all) {
                if (!other.equals(own) && other.isCalled(word)) {
                    hits.add(new Hit(label[0], label[1], false, "the " + part.kind().label() + " " + part.text()
                            + " carries the label '" + word + "'", other));
                    return;
                }
            }
        }
    }

    /** What a part is when it is one of {@code env}'s precise markers ("project netra-staging"), or null. */
    private String precise(ResourcePart part, Environment env) {
        Markers m = markersOf(env);
        if (m == null) {
            return null;
        }
        String text = part.text();
        boolean hit;
        switch (part.kind()) {
            case HOST:
                hit = Globs.anyIgnoreCase(m.hosts(), text);
                break;
            case PROJECT:
                hit = m.projects().contains(text) || m.projectNumbers().contains(text);
                break;
            case PROJECT_NUMBER:
                hit = m.projectNumbers().contains(text);
                break;
            case DATABASE:
                hit = m.databases().contains(text);
                break;
            case SECRET_ID:
                hit = Globs.anyIgnoreCase(m.secrets(), text);
                break;
            case BUCKET:
                hit = Globs.anyIgnoreCase(m.buckets(), text);
                break;
            default:
                hit = false;
                break;
        }
        return hit ? part.kind().label() + " " + text : null;
    }

    private Markers markersOf(Environment env) {
        for (Map.Entry<String, Markers> e : markers.entrySet()) {
            if (env.isCalled(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }
}
