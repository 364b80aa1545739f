package dev.confguard.secrets;

import dev.confguard.engine.DisplayPaths;
import dev.confguard.errors.UsageException;
import dev.confguard.secrets.inventory.InventoryStore;
import dev.confguard.secrets.store.SecretStore;
import dev.confguard.secrets.store.SecretStoreException;
import dev.confguard.workspace.Workspace;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Opens the store a run asks for. The live backend's classes (gRPC, gax, protobuf) are touched only in
 * {@link #live}, so a run without {@code --secrets live} never loads them.
 */
public final class SecretStores {
    private SecretStores() {
    }

    /**
     * {@code off}, {@code inventory} or {@code live}: the option if given, else the workspace's store;
     * {@code live} becomes {@code off} for an offline run.
     */
    public static String modeOf(SecretOptions options, Workspace workspace) {
        String mode = options.mode() != null ? options.mode() : workspace.secrets().store();
        mode = mode.toLowerCase(Locale.ROOT);
        if (mode.equals("gcp")) {
            mode = "live";
        }
        if (mode.equals("live") && options.offline()) {
            return "off";
        }
        if (!mode.equals("off") && !mode.equals("inventory") && !mode.equals("live")) {
            throw new UsageException("--secrets must be off, inventory or live, not '" + mode + "'");
        }
        return mode;
    }

    /**
     * The store for {@code mode}, or null for {@code off}. An inventory that is missing or invalid is a
     * usage error (exit 2); a live store that cannot be reached is a {@link SecretStoreException}.
     */
    public static SecretStore open(String mode, SecretOptions options, Workspace workspace, Path cwd)
            throws SecretStoreException {
        switch (mode) {
            case "off":
                return null;
            case "inventory":
                return inventory(options, workspace, cwd);
            default:
                return live(options);
        }
    }

    private static SecretStore inventory(SecretOptions options, Workspace workspace, Path cwd) {
        Path file = options.inventory() != null ? cwd.resolve(options.inventory())
                : workspace.secrets().inventory() != null ? workspace.root().resolve(workspace.secrets().inventory())
                : null;
        if (file == null) {
            throw new UsageException("--secrets inventory needs a snapshot: set secrets.inventory in .confguard.yaml "
                    + "or pass --inventory FILE (write one with 'confguard secrets inventory')");
        }
        file = file.toAbsolutePath().normalize();
        return InventoryStore.load(file, DisplayPaths.of(cwd, file));
    }

    /**
     * Secret Manager itself (metadata calls; payloads only for {@code --compare-secret-values}). A store
     * that cannot be reached or refuses is a {@link SecretStoreException} (the run is incomplete); an
     * endpoint that is no {@code HOST:PORT} is a usage error.
     */
    public static SecretStore live(SecretOptions options) throws SecretStoreException {
        dev.confguard.secrets.gcp.GcpSettings defaults = dev.confguard.secrets.gcp.GcpSettings.defaults(options.endpoint());
        try {
            return dev.confguard.secrets.gcp.GcpSecretStore.open(new dev.confguard.secrets.gcp.GcpSettings(
                    defaults.endpoint(), defaults.callTimeout(), defaults.maxAttempts(), defaults.initialBackoff(),
                    options.progress()));
        } catch (SecretStoreException e) {
            if (e.reason() == SecretStoreException.Reason.INVALID) {
                throw new UsageException("--secrets-endpoint: " + e.getMessage());
            }
            throw e;
        }
    }
}
