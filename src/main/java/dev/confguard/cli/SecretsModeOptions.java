package dev.confguard.cli;

import dev.confguard.secrets.SecretOptions;
import dev.confguard.secrets.store.StoreProgress;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** How secret references are verified, for every command that verifies them. */
final class SecretsModeOptions {
    @Option(names = "--secrets", paramLabel = "MODE",
            description = "Verify secret references: off (offline checks only), inventory (against the snapshot "
                    + "file) or live (against Secret Manager, metadata only). Default: the workspace's secrets.store.")
    String mode;

    @Option(names = "--inventory", paramLabel = "FILE",
            description = "The secret inventory to verify against, instead of the workspace's secrets.inventory.")
    Path inventory;

    @Option(names = "--secrets-endpoint", paramLabel = "HOST:PORT",
            description = "Talk to this Secret Manager endpoint (an emulator or test server; plaintext when loopback).")
    String endpoint;

    @Option(names = "--offline",
            description = "Never open a socket: a live store (--secrets live, or secrets.store: gcp) is treated as off; "
                    + "an inventory is still used. For git hooks.")
    boolean offline;

    @Option(names = "--compare-secret-values",
            description = "Let same-value and must-differ rules compare secret payloads by SHA-256 in memory "
                    + "(needs --secrets live and roles/secretmanager.secretAccessor); values are never printed.")
    boolean compareValues;

    SecretOptions toOptions(StoreProgress progress) {
        if (mode != null && !mode.equals("off") && !mode.equals("inventory") && !mode.equals("live")) {
            throw new dev.confguard.errors.UsageException("--secrets must be off, inventory or live, not '" + mode + "'");
        }
        if (compareValues && mode != null && !mode.equals("live")) {
            throw new dev.confguard.errors.UsageException("--compare-secret-values needs --secrets live "
                    + "(an inventory holds no values)");
        }
        if (compareValues && offline) {
            throw new dev.confguard.errors.UsageException("--compare-secret-values reads Secret Manager; it cannot run "
                    + "--offline");
        }
        return new SecretOptions(mode, inventory, endpoint, compareValues, progress, offline);
    }
}
