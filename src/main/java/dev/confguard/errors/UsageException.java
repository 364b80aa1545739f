package dev.confguard.errors;

/**
 * A problem the user must fix before confguard can run: a bad option, an unusable input, an
 * invalid configuration. Its message is one line that names the culprit; it maps to exit code 2.
 */
public class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }

    public UsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
