package dev.confguard.rules;

import dev.confguard.findings.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules a run uses and at which severity: the enabled-by-default rules, narrowed by
 * {@code --select} (which may also turn on rules that are off by default) and {@code --ignore}.
 * A selector is a rule id or a category prefix such as {@code dotenv}.
 */
public final class RuleSelection {
    private final Map<String, Rule> rules;
    private final Map<String, Severity> severities;

    private RuleSelection(Map<String, Rule> rules, Map<String, Severity> severities) {
        this.rules = rules;
        this.severities = severities;
    }

    public static RuleSelection of(RuleRegistry registry, List<String> select, List<String> ignore) {
        return of(registry, select, ignore, registry.all());
    }

    /**
     * As {@link #of}, choosing only among the registry's {@link DocumentRule}s: what lint, which reads
     * only {@code .env} files, runs. Selectors are checked against every rule id all the same.
     */
    public static RuleSelection ofDocumentRules(RuleRegistry registry, List<String> select, List<String> ignore) {
        return of(registry, select, ignore, registry.documentRules());
    }

    private static RuleSelection of(RuleRegistry registry, List<String> select, List<String> ignore,
                                    List<Rule> candidates) {
        for (String s : select) {
            registry.requireSelector(s);
        }
        for (String s : ignore) {
            registry.requireSelector(s);
        }
        Map<String, Rule> chosen = new LinkedHashMap<>();
        Map<String, Severity> severities = new LinkedHashMap<>();
        for (Rule rule : candidates) {
            String id = rule.id();
            boolean on = select.isEmpty() ? rule.meta().enabledByDefault() : matchesAny(id, select, rule, true);
            if (on && !matchesAny(id, ignore, rule, false)) {
                chosen.put(id, rule);
                severities.put(id, rule.meta().defaultSeverity());
            }
        }
        return new RuleSelection(chosen, severities);
    }

    /** A category selector turns on only the enabled-by-default rules in it; an exact id turns on any rule. */
    private static boolean matchesAny(String id, List<String> selectors, Rule rule, boolean selecting) {
        for (String s : selectors) {
            if (s.equals(id)) {
                return true;
            }
            if (RuleRegistry.isPrefixOf(s, id) && (!selecting || rule.meta().enabledByDefault())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The same selection with the workspace's severity overrides applied: {@code off} removes a rule,
     * {@code error|warning|info} changes its severity. Ids were validated with the workspace.
     */
    public RuleSelection withOverrides(Map<String, String> overrides) {
        if (overrides.isEmpty()) {
            return this;
        }
        Map<String, Rule> chosen = new LinkedHashMap<>(rules);
        Map<String, Severity> levels = new LinkedHashMap<>(severities);
        for (Map.Entry<String, String> o : overrides.entrySet()) {
            if (o.getValue().equalsIgnoreCase("off")) {
                chosen.remove(o.getKey());
                levels.remove(o.getKey());
            } else if (chosen.containsKey(o.getKey())) {
                levels.put(o.getKey(), Severity.parse(o.getValue()));
            }
        }
        return new RuleSelection(chosen, levels);
    }

    public List<Rule> rules() {
        return new ArrayList<>(rules.values());
    }

    public <T extends Rule> List<T> rules(Class<T> kind) {
        List<T> out = new ArrayList<>();
        for (Rule r : rules.values()) {
            if (kind.isInstance(r)) {
                out.add(kind.cast(r));
            }
        }
        return out;
    }

    public Severity severity(String ruleId) {
        return severities.get(ruleId);
    }

    public boolean isEnabled(String ruleId) {
        return rules.containsKey(ruleId);
    }
}
