package dev.confguard.resolve;

import dev.confguard.workspace.Environment;
import dev.confguard.workspace.Service;
import java.util.List;
import java.util.Map;

/**
 * The configuration one service sees in one environment: every key in order of first appearance
 * (lowest layer first), the files searched, and what went wrong on the way.
 */
public record ResolvedConfig(Service service, Environment environment, Map<String, ResolvedValue> values,
                             List<LayerFile> layers, List<ResolutionIssue> issues) {
    public ResolvedConfig {
        values = ResolvedValues.copyOf(values);
        layers = List.copyOf(layers);
        issues = List.copyOf(issues);
    }

    /** The final value of {@code key}, or null when no layer sets it. */
    public String value(String key) {
        ResolvedValue v = values.get(key);
        return v == null ? null : v.value();
    }
}
