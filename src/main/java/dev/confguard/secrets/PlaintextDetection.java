package dev.confguard.secrets;

/**
 * Why a value was taken for a literal secret, and where it is: {@code [start, end)} inside the value.
 * {@code shape} is the credential format when the detector is {@link Kind#SHAPE} (also when the shape
 * was found inside a base64 token), else null.
 */
public record PlaintextDetection(Kind kind, SecretShape shape, int start, int end) {
    /** The detectors, from the most certain to the least. */
    public enum Kind {
        SHAPE, URL_PASSWORD, KEY_NAME, ENTROPY
    }

    /** The detector as reports name it: {@code shape:github-token}, {@code url-password}, {@code key-name}, {@code entropy}. */
    public String detector() {
        switch (kind) {
            case SHAPE:
                return "shape:" + shape.name();
            case URL_PASSWORD:
                return "url-password";
            case KEY_NAME:
                return "key-name";
            default:
                return "entropy";
        }
    }
}
