package dev.confguard.workspace;

import java.util.List;
import java.util.Map;

/**
 * How secrets are handled: {@code store} is {@code off}, {@code inventory} or {@code gcp};
 * {@code inventory} the snapshot file (relative to the root); {@code projects} maps each environment
 * to its GCP project; {@code mappings} are the files (patterns with {@code {service}} and {@code {env}})
 * that map variables to secrets at deploy time (deploy YAML {@code secrets:}, Cloud Run
 * {@code secretKeyRef}, gcloud {@code --set-secrets}); {@code literals} names the environments whose
 * files may hold literal secrets, or is null for the default: the environments that are not deployed;
 * {@code syntax} names the reader of {@code sm://} references the services use ({@code berglas} or
 * {@code spring}), which settles the two-part form {@code sm://a/b}, or is null when not declared.
 */
public record SecretSettings(String store, String inventory, Map<String, String> projects,
                             List<LayerPattern> mappings, List<String> literals, String syntax) {
    public static final SecretSettings OFF = new SecretSettings("off", null, Map.of());

    public SecretSettings {
        projects = Map.copyOf(projects);
        mappings = List.copyOf(mappings);
        literals = literals == null ? null : List.copyOf(literals);
    }

    public SecretSettings(String store, String inventory, Map<String, String> projects) {
        this(store, inventory, projects, List.of(), null, null);
    }

    public SecretSettings(String store, String inventory, Map<String, String> projects, List<LayerPattern> mappings,
                          List<String> literals) {
        this(store, inventory, projects, mappings, literals, null);
    }

    /** The GCP project of an environment (by its name), or null when none is set. */
    public String projectOf(Environment environment) {
        return projects.get(environment.name());
    }

    /** Whether committed files of this environment may hold literal secrets. */
    public boolean allowsLiterals(Environment environment) {
        if (literals == null) {
            return !environment.deployed();
        }
        for (String name : literals) {
            if (environment.isCalled(name)) {
                return true;
            }
        }
        return false;
    }
}
