package dev.confguard.resolve;

import java.util.List;

/**
 * One key of a resolved (service, environment): its final value after interpolation, the value as the
 * winning layer wrote it, and every layer that set it, lowest precedence first; the last one won.
 */
public record ResolvedValue(String key, String value, String rawValue, List<ValueOrigin> chain) {
    public ResolvedValue {
        chain = List.copyOf(chain);
    }

    /** The layer whose value won. */
    public ValueOrigin origin() {
        return chain.get(chain.size() - 1);
    }

    /** The layers it overrode, lowest first. */
    public List<ValueOrigin> overridden() {
        return chain.subList(0, chain.size() - 1);
    }
}
