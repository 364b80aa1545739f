package dev.confguard.secrets.store;

import java.time.Instant;

/** One version's metadata: its number, state and creation time (never its payload). */
public record StoredVersion(long number, VersionState state, Instant created) {
}
