package dev.confguard.secrets.gcp;

import com.google.api.gax.core.NoCredentialsProvider;
import com.google.api.gax.grpc.InstantiatingGrpcChannelProvider;
import com.google.api.gax.retrying.RetrySettings;
import com.google.api.gax.rpc.StatusCode;
import com.google.api.gax.rpc.UnaryCallSettings;
import com.google.cloud.secretmanager.v1.SecretManagerServiceClient;
import com.google.cloud.secretmanager.v1.SecretManagerServiceSettings;
import dev.confguard.secrets.store.SecretStoreException;
import dev.confguard.secrets.store.SecretStoreException.Reason;
import java.io.IOException;
import java.util.Set;

/**
 * Builds the Secret Manager client: where it connects, with which credentials, and how the three calls a
 * store makes time out and retry. Only transient failures are retried; a refusal (permission, not found,
 * authentication) is final at once, since asking again cannot change the answer and costs quota.
 */
final class SecretManagerClients {
    static final Set<StatusCode.Code> RETRYABLE = Set.of(
            StatusCode.Code.UNAVAILABLE, StatusCode.Code.DEADLINE_EXCEEDED, StatusCode.Code.RESOURCE_EXHAUSTED);

    private SecretManagerClients() {
    }

    /**
     * A client for {@code endpoint} (null: the real service with Application Default Credentials). A
     * loopback endpoint is reached in plaintext without credentials; any other one with TLS and ADC.
     */
    static SecretManagerServiceClient create(GcpSettings settings, GcpEndpoint endpoint, String store)
            throws SecretStoreException {
        SecretManagerServiceSettings.Builder builder = SecretManagerServiceSettings.newBuilder();
        if (endpoint != null) {
            builder.setEndpoint(endpoint.authority());
            if (endpoint.isLoopback()) {
                InstantiatingGrpcChannelProvider plaintext = SecretManagerServiceSettings
                        .defaultGrpcTransportProviderBuilder()
                        .setChannelConfigurator(channel -> channel.usePlaintext()) // gax made it forAddress(host, port)
                        .build();
                builder.setTransportChannelProvider(plaintext).setCredentialsProvider(NoCredentialsProvider.create());
            }
        }
        RetrySettings retry = retrySettings(settings);
        retryTransientFailures(builder.listSecretsSettings(), retry);
        retryTransientFailures(builder.listSecretVersionsSettings(), retry);
        retryTransientFailures(builder.accessSecretVersionSettings(), retry);
        try {
            return SecretManagerServiceClient.create(builder.build());
        } catch (IOException e) {
            // Only credentials are loaded here (channels connect on the first call); the exception's text
            // may quote a credentials file, so it stays out of the message.
            String credentials = System.getenv("GOOGLE_APPLICATION_CREDENTIALS");
            String problem = credentials == null || credentials.isEmpty()
                    ? "no Application Default Credentials found"
                    : "could not load the credentials GOOGLE_APPLICATION_CREDENTIALS names (" + credentials + ")";
            throw new SecretStoreException(Reason.PERMISSION_DENIED,
                    store + ": " + Messages.oneLine(problem + "; " + SecretManagerFailures.LOGIN_HINT));
        }
    }

    /**
     * Each attempt gets {@code callTimeout}; pauses start at {@code initialBackoff} and double up to
     * {@code maxBackoff}; {@code maxAttempts} and {@code totalTimeout} bound the whole call.
     */
    static RetrySettings retrySettings(GcpSettings settings) {
        return RetrySettings.newBuilder()
                .setInitialRpcTimeoutDuration(settings.callTimeout())
                .setRpcTimeoutMultiplier(1.0)
                .setMaxRpcTimeoutDuration(settings.callTimeout())
                .setInitialRetryDelayDuration(settings.initialBackoff())
                .setRetryDelayMultiplier(2.0)
                .setMaxRetryDelayDuration(settings.maxBackoff())
                .setMaxAttempts(settings.maxAttempts())
                .setTotalTimeoutDuration(settings.totalTimeout())
                .build();
    }

    /** Page-streaming settings extend the unary ones, so one method serves the two lists and the access. */
    private static void retryTransientFailures(UnaryCallSettings.Builder<?, ?> call, RetrySettings retry) {
        call.setRetrySettings(retry).setRetryableCodes(RETRYABLE);
    }
}
