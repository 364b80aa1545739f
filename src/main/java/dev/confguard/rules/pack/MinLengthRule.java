package dev.confguard.rules.pack;

import dev.confguard.workspace.Environment;

/** {@code kind: min-length}: at least {@code min} characters (code points). */
final class MinLengthRule extends ValueRule {
    private final int min;

    private MinLengthRule(Common common, int min) {
        super(common);
        this.min = min;
    }

    static MinLengthRule from(RuleSpec spec, Common common) {
        int min = spec.integer("min", 0);
        if (min < 1) {
            spec.fail(spec.pointer(), "a min-length rule needs 'min' (at least 1)");
        }
        return new MinLengthRule(common, Math.max(min, 1));
    }

    @Override
    Problem problem(String key, String value, Environment environment) {
        int length = value.codePointCount(0, value.length());
        if (length >= min) {
            return null;
        }
        return Problem.of(key + " has " + length + " characters in " + environment.name() + "; it needs at least " + min);
    }
}
