package dev.confguard.secrets;

import java.util.Locale;
import java.util.function.Predicate;

/**
 * Whether a literal value is a secret, and where in it: by the shape of a known credential (one RE2
 * pass for every shape a rule pack declares), by a password inside a URL or DSN, by the key's name
 * ({@link SecretKeyNames}), and by entropy ({@link HighEntropyTokens}), most certain first. Keys
 * whose values are not secrets by design ({@code nonSecretKeys}: browser-exposed prefixes, public
 * keys, identifiers) are only searched for credentials that are leaks everywhere and for URL
 * passwords. Values are never kept; a detection carries only offsets.
 */
public final class PlaintextDetector {
    private final SecretShapes shapes;
    private final Predicate<String> nonSecretKeys;
    private final HighEntropyTokens entropy;

    public PlaintextDetector(SecretShapes shapes, Predicate<String> nonSecretKeys) {
        this(shapes, nonSecretKeys, EntropyThresholds.DEFAULT);
    }

    public PlaintextDetector(SecretShapes shapes, Predicate<String> nonSecretKeys, EntropyThresholds thresholds) {
        this.shapes = shapes;
        this.nonSecretKeys = nonSecretKeys;
        this.entropy = new HighEntropyTokens(shapes, thresholds);
    }

    /** The same detector with other entropy thresholds (to measure them). */
    public PlaintextDetector withThresholds(EntropyThresholds thresholds) {
        return new PlaintextDetector(shapes, nonSecretKeys, thresholds);
    }

    public SecretShapes shapes() {
        return shapes;
    }

    /** The detection in a value of an environment whose files must not hold literal secrets, or null. */
    public PlaintextDetection detect(String key, String value) {
        return detect(key, value, false);
    }

    /**
     * The detection in a literal value (not empty, not a reference), or null. Where literals are
     * allowed only shapes marked {@code everywhere} count (also when base64-encoded).
     */
    public PlaintextDetection detect(String key, String value, boolean literalsAllowed) {
        boolean restricted = literalsAllowed || nonSecretKeys.test(key);
        SecretShapes.Match shape = shapes.find(value, restricted);
        if (shape != null) {
            return new PlaintextDetection(PlaintextDetection.Kind.SHAPE, shape.shape(), shape.start(), shape.end());
        }
        if (!literalsAllowed) {
            int[] password = UrlPasswords.find(value);
            if (password != null) {
                return new PlaintextDetection(PlaintextDetection.Kind.URL_PASSWORD, null, password[0], password[1]);
            }
        }
        if (restricted) {
            HighEntropyTokens.Hit hit = entropy.find(value);
            return hit != null && hit.inside() != null && hit.inside().everywhere()
                    ? new PlaintextDetection(PlaintextDetection.Kind.SHAPE, hit.inside(), hit.start(), hit.end()) : null;
        }
        if (SecretKeyNames.looksSecret(key) && mayBeSecret(value)) {
            return new PlaintextDetection(PlaintextDetection.Kind.KEY_NAME, null, 0, value.length());
        }
        HighEntropyTokens.Hit hit = entropy.find(value);
        if (hit == null) {
            return null;
        }
        return hit.inside() != null
                ? new PlaintextDetection(PlaintextDetection.Kind.SHAPE, hit.inside(), hit.start(), hit.end())
                : new PlaintextDetection(PlaintextDetection.Kind.ENTROPY, null, hit.start(), hit.end());
    }

    /**
     * Whether a secret-named key's value can be the secret itself: not a URL (its password, if any,
     * was looked at), not a file path (where the secret is), not a boolean.
     */
    private static boolean mayBeSecret(String value) {
        String v = value.strip();
        if (v.contains("://")) {
            return false;
        }
        boolean path = (v.startsWith("/") || v.startsWith("./") || v.startsWith("../") || v.startsWith("~/"))
                && v.chars().noneMatch(Character::isWhitespace);
        String lower = v.toLowerCase(Locale.ROOT);
        return !path && !lower.equals("true") && !lower.equals("false");
    }
}
