package dev.confguard.secrets.store;

/**
 * The store could not answer: it is unreachable, refused (permission denied, quota), or its snapshot is
 * unusable. The message is one line for the user and never holds a secret value.
 */
public final class SecretStoreException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why the store could not answer. */
    public enum Reason {
        UNAVAILABLE, PERMISSION_DENIED, QUOTA, INVALID
    }

    private final Reason reason;

    public SecretStoreException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public SecretStoreException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
