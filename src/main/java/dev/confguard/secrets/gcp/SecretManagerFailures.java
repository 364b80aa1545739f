package dev.confguard.secrets.gcp;

import com.google.api.gax.rpc.ApiException;
import com.google.api.gax.rpc.StatusCode;
import dev.confguard.secrets.store.SecretStoreException;
import dev.confguard.secrets.store.SecretStoreException.Reason;
import java.net.ConnectException;
import java.time.Duration;

/**
 * Turns a failed call (after gax has retried what can be retried) into a one-line
 * {@link SecretStoreException}: which store, what it was doing, and what the user can do about it. The
 * text is built only from names and status codes; server descriptions, payloads and tokens never enter it.
 */
final class SecretManagerFailures {
    static final String VIEWER_ROLE = "roles/secretmanager.viewer";
    static final String ACCESSOR_ROLE = "roles/secretmanager.secretAccessor";
    static final String LOGIN_HINT =
            "run 'gcloud auth application-default login' or set GOOGLE_APPLICATION_CREDENTIALS";

    private final String store;
    private final GcpSettings settings;

    SecretManagerFailures(String store, GcpSettings settings) {
        this.store = store;
        this.settings = settings;
    }

    /**
     * @param doing    what the call did, e.g. {@code listing secrets of project P}
     * @param role     the role that allows it, named when permission is denied
     * @param notFound what NOT_FOUND means for this call, e.g. {@code project P does not exist or is not visible}
     */
    SecretStoreException of(ApiException e, String doing, String role, String notFound) {
        StatusCode.Code code = e.getStatusCode().getCode();
        String retried = "gave up after up to " + settings.maxAttempts() + " attempts";
        switch (code) {
            case PERMISSION_DENIED:
                return failure(Reason.PERMISSION_DENIED, "permission denied " + doing + " (needs " + role + ")", e);
            case UNAUTHENTICATED:
                return failure(Reason.PERMISSION_DENIED, "not authenticated " + doing + "; " + LOGIN_HINT, e);
            case UNAVAILABLE:
                String why = refused(e) ? "connection refused; " : "";
                return failure(Reason.UNAVAILABLE, "unavailable " + doing + " (" + why + retried + ")", e);
            case DEADLINE_EXCEEDED:
                return failure(Reason.UNAVAILABLE, "no answer within " + format(settings.callTimeout()) + " "
                        + doing + " (" + retried + ")", e);
            case RESOURCE_EXHAUSTED:
                return failure(Reason.QUOTA, "quota exhausted " + doing + " (" + retried
                        + "; Secret Manager allows about 600 reads a minute per project)", e);
            case NOT_FOUND:
                return failure(Reason.INVALID, notFound, e);
            case FAILED_PRECONDITION:
                return failure(Reason.INVALID, "refused " + doing + ": the version is disabled or destroyed", e);
            case INVALID_ARGUMENT:
            case OUT_OF_RANGE:
                return failure(Reason.INVALID, "rejected " + doing + " as invalid (" + code + ")", e);
            default:
                return failure(Reason.UNAVAILABLE, "failed " + doing + " (" + code + ")", e);
        }
    }

    private SecretStoreException failure(Reason reason, String what, ApiException cause) {
        return new SecretStoreException(reason, store + ": " + Messages.oneLine(what), cause);
    }

    private static boolean refused(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }

    private static String format(Duration d) {
        long millis = d.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
    }
}
