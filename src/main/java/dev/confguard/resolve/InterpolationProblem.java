package dev.confguard.resolve;

import java.util.List;

/**
 * Something interpolation found in terms of keys only; the resolver turns it into a
 * {@link ResolutionIssue} with origins. {@code keys} is the cycle for {@code INTERPOLATION_CYCLE}
 * ({@code [A, B, A]}), the missing name for {@code UNDEFINED_VARIABLE}, and empty otherwise.
 */
record InterpolationProblem(ResolutionIssue.Kind kind, String key, List<String> keys) {
    InterpolationProblem {
        keys = List.copyOf(keys);
    }
}
