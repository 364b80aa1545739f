package dev.confguard.secrets;

import dev.confguard.secrets.store.StoreProgress;
import java.nio.file.Path;

/**
 * How a run verifies secrets, as the command line asks: {@code mode} is {@code off}, {@code inventory} or
 * {@code live} (null: the workspace's {@code secrets.store}); {@code inventory} overrides the workspace's
 * snapshot file; {@code endpoint} points the live backend at an emulator or test server;
 * {@code compareValues} lets same-value and must-differ rules compare payload digests (needs accessor
 * permission); {@code progress} hears about long listings (null: silent); {@code offline} turns a live
 * store into {@code off}, for runs that must never open a socket (the pre-commit hook).
 */
public record SecretOptions(String mode, Path inventory, String endpoint, boolean compareValues,
                            StoreProgress progress, boolean offline) {
    public static final SecretOptions FROM_WORKSPACE = new SecretOptions(null, null, null, false, null, false);

    public SecretOptions(String mode, Path inventory, String endpoint, boolean compareValues, StoreProgress progress) {
        this(mode, inventory, endpoint, compareValues, progress, false);
    }
}
