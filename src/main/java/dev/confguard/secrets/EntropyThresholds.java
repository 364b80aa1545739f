package dev.confguard.secrets;

/**
 * When a token counts as random ({@link HighEntropyTokens}): mixed tokens of {@code minLength}
 * characters or more whose entropy reaches {@code minRatio} of a random string's of the same length
 * and character classes, hex tokens of {@code minHexLength} or more reaching {@code minHexRatio}.
 * {@link #DEFAULT} was tuned on the corpora of PlaintextDetectorTest and on generated random strings;
 * docs/secrets.md has the measurement.
 */
public record EntropyThresholds(int minLength, int minHexLength, double minRatio, double minHexRatio) {
    public static final EntropyThresholds DEFAULT = new EntropyThresholds(20, 24, 0.85, 0.85);
}
