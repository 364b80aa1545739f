package dev.confguard.secrets.gcp;

import dev.confguard.secrets.store.StoreProgress;
import java.time.Duration;
import java.util.Objects;

/**
 * How to reach Secret Manager and how long to insist.
 *
 * @param endpoint       {@code HOST:PORT} of an emulator or test server, or null for the real service
 * @param callTimeout    the longest one attempt of one call may take
 * @param maxAttempts    attempts of one call, the first included, before a transient failure is final
 * @param initialBackoff the pause before the first retry; it doubles up to {@link #MAX_BACKOFF}
 * @param progress       told as each secret's versions are listed, or null
 */
public record GcpSettings(String endpoint, Duration callTimeout, int maxAttempts, Duration initialBackoff,
                          StoreProgress progress) {

    /** The longest pause between two attempts, whatever the initial backoff grew to. */
    public static final Duration MAX_BACKOFF = Duration.ofSeconds(8);

    public GcpSettings {
        Objects.requireNonNull(callTimeout, "callTimeout");
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        if (callTimeout.isNegative() || callTimeout.isZero()) {
            throw new IllegalArgumentException("callTimeout must be positive: " + callTimeout);
        }
        if (initialBackoff.isNegative()) {
            throw new IllegalArgumentException("initialBackoff must not be negative: " + initialBackoff);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
        }
    }

    /** 30 s per attempt, 5 attempts, backoff from 250 ms doubling to at most 8 s, no progress. */
    public static GcpSettings defaults(String endpointOrNull) {
        return new GcpSettings(endpointOrNull, Duration.ofSeconds(30), 5, Duration.ofMillis(250), null);
    }

    /** The pause after which backoff stops doubling (never below the initial backoff). */
    public Duration maxBackoff() {
        return initialBackoff.compareTo(MAX_BACKOFF) > 0 ? initialBackoff : MAX_BACKOFF;
    }

    /**
     * The bound on one call with all its retries: every attempt's timeout plus every pause between them.
     * It never cuts an attempt short; it only guarantees that a call ends.
     */
    public Duration totalTimeout() {
        Duration total = callTimeout.multipliedBy(maxAttempts);
        Duration backoff = initialBackoff;
        for (int retry = 1; retry < maxAttempts; retry++) {
            total = total.plus(backoff);
            backoff = min(backoff.multipliedBy(2), maxBackoff());
        }
        return total;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
