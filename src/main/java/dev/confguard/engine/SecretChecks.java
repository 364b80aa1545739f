package dev.confguard.engine;

import dev.confguard.resolve.ResolvedConfig;
import dev.confguard.secrets.SecretOptions;
import dev.confguard.secrets.SecretStores;
import dev.confguard.secrets.store.SecretStore;
import dev.confguard.secrets.store.SecretStoreException;
import dev.confguard.secrets.verify.MappingFiles;
import dev.confguard.secrets.verify.ReferenceSite;
import dev.confguard.secrets.verify.SecretReferences;
import dev.confguard.secrets.verify.SecretVerification;
import dev.confguard.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;

/**
 * Secret verification for a run: collect the references of the resolved configurations and their deploy
 * mappings, open the store the options ask for, verify. A store that cannot be opened leaves the
 * references unchecked and the run incomplete.
 */
final class SecretChecks {
    private SecretChecks() {
    }

    /** What the run verified: every reference with its verdict, and the projects the store could not answer for. */
    static SecretVerification verify(SecretOptions options, Workspace workspace, Path cwd,
                                     List<ResolvedConfig> configs, MappingFiles mappings) {
        List<ReferenceSite> sites = SecretReferences.collect(workspace, configs, mappings);
        String mode = SecretStores.modeOf(options, workspace);
        if (sites.isEmpty() || mode.equals("off")) {
            return SecretVerification.run(workspace, sites, null);
        }
        SecretStore store;
        try {
            store = SecretStores.open(mode, options, workspace, cwd);
        } catch (SecretStoreException e) {
            return SecretVerification.unreachable(workspace, sites, e.getMessage());
        }
        try (store) {
            SecretVerification verification = SecretVerification.run(workspace, sites, store);
            return options.compareValues() ? verification.withPayloadDigests(store) : verification;
        }
    }
}
