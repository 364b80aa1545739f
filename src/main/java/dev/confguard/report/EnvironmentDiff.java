package dev.confguard.report;

import dev.confguard.resolve.ResolvedConfig;
import dev.confguard.resolve.ResolvedValue;
import java.util.ArrayList;
import java.util.List;

/**
 * The keys of one service set in one environment and not in the other. Values are never compared
 * here (they are expected to differ between environments, and may be secret).
 */
public record EnvironmentDiff(String service, String left, String right, List<ResolvedValue> onlyLeft,
                              List<ResolvedValue> onlyRight) {

    public EnvironmentDiff {
        onlyLeft = List.copyOf(onlyLeft);
        onlyRight = List.copyOf(onlyRight);
    }

    public static EnvironmentDiff of(ResolvedConfig left, ResolvedConfig right) {
        List<ResolvedValue> onlyLeft = new ArrayList<>();
        for (ResolvedValue v : left.values().values()) {
            if (!right.values().containsKey(v.key())) {
                onlyLeft.add(v);
            }
        }
        List<ResolvedValue> onlyRight = new ArrayList<>();
        for (ResolvedValue v : right.values().values()) {
            if (!left.values().containsKey(v.key())) {
                onlyRight.add(v);
            }
        }
        return new EnvironmentDiff(left.service().name(), left.environment().name(), right.environment().name(),
                onlyLeft, onlyRight);
    }

    public boolean isEmpty() {
        return onlyLeft.isEmpty() && onlyRight.isEmpty();
    }
}
