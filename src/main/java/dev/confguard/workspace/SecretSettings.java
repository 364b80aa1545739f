package dev.confguard.workspace;

import java.util.Map;

/**
 * How secret references are verified: {@code store} is {@code off}, {@code inventory} or {@code gcp};
 * {@code inventory} the snapshot file (relative to the root); {@code projects} maps each
 * environment to its GCP project.
 */
public record SecretSettings(String store, String inventory, Map<String, String> projects) {
    public static final SecretSettings OFF = new SecretSettings("off", null, Map.of());

    public SecretSettings {
        projects = Map.copyOf(projects);
    }
}
