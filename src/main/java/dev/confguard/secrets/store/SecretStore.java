package dev.confguard.secrets.store;

import java.util.List;

/**
 * Where secret metadata comes from: Secret Manager itself or an offline inventory. A store answers per
 * project with every secret and its versions, so a run asks once per project, never once per reference;
 * implementations cache for the run. Payloads are read only by {@link #sha256}, which only
 * {@code --compare-secret-values} calls, and never leave the process except as a digest.
 */
public interface SecretStore extends AutoCloseable {

    /** Every secret of {@code project} with its versions, in id order. */
    List<StoredSecret> secrets(String project) throws SecretStoreException;

    /**
     * Every secret of {@code project}, in id order, with its versions only when its id is in
     * {@code withVersions}; the others carry none ({@link StoredSecret#versionsListed()} false). A check
     * needs the versions of the secrets it references only, and listing versions costs one read per
     * secret. A store that holds everything in memory may return every version anyway.
     */
    default List<StoredSecret> secrets(String project, java.util.Set<String> withVersions)
            throws SecretStoreException {
        return secrets(project);
    }

    /**
     * The SHA-256 of one version's payload. The payload is hashed in memory and dropped; the digest
     * is only compared, never printed. Stores that hold no payloads (an inventory) throw.
     */
    byte[] sha256(String project, String secret, String version) throws SecretStoreException;

    /** What the store is, for messages: {@code inventory secrets.json}, {@code Secret Manager at HOST}. */
    String describe();

    @Override
    void close();
}
