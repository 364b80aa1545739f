package dev.confguard.secrets.verify;

import dev.confguard.secrets.SecretRef;
import dev.confguard.secrets.store.StoredSecret;
import dev.confguard.secrets.store.StoredVersion;

/**
 * One reference and what verification found: the reference with its project filled in from the
 * environment (null when it could not be parsed), the secret and version it names in the store (null when
 * unknown or not looked up), and a one-line explanation. Metadata only: no value is ever part of it.
 */
public record Verdict(ReferenceSite site, SecretRef ref, Status status, StoredSecret secret, StoredVersion version,
                      String explanation) {
}
