package dev.confguard.secrets.gcp;

import dev.confguard.secrets.store.SecretStoreException;

/**
 * Opens a store in a JVM whose environment holds no credentials and prints one line: {@code OPENED}, or
 * the reason and message of the failure. {@link GcpSecretStoreCredentialsTest} runs it in a child process
 * because Application Default Credentials are found through the environment, which a JVM cannot change.
 */
public final class OpenWithoutCredentials {
    private OpenWithoutCredentials() {
    }

    public static void main(String[] args) {
        try (GcpSecretStore store = GcpSecretStore.open(GcpSettings.defaults(args.length == 0 ? null : args[0]))) {
            System.out.println("OPENED " + store.describe());
        } catch (SecretStoreException e) {
            System.out.println(e.reason() + " " + e.getMessage());
        }
    }
}
