package dev.confguard.cli;

import dev.confguard.errors.ExitCode;
import dev.confguard.errors.UsageException;
import dev.confguard.secrets.SecretOptions;
import dev.confguard.secrets.SecretStores;
import dev.confguard.secrets.inventory.InventoryWriter;
import dev.confguard.secrets.store.SecretStore;
import dev.confguard.secrets.store.SecretStoreException;
import dev.confguard.secrets.store.StoredSecret;
import dev.confguard.source.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code confguard secrets inventory}: list the secrets and versions of projects in Secret Manager
 * (metadata only) and write them as an inventory, so audits and checks can run offline.
 */
@Command(name = "inventory", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Export Secret Manager metadata (secrets, versions, states, creation times; never values) "
                + "of the given projects to an inventory file for offline checks. Needs "
                + "roles/secretmanager.viewer on each project.")
final class InventoryCommand extends TerminalCommand {
    @Option(names = {"-p", "--project"}, paramLabel = "PROJECT", required = true, split = ",",
            description = "A GCP project to export (repeatable).")
    List<String> projects = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "The inventory file to write.")
    Path output;

    @Option(names = "--secrets-endpoint", paramLabel = "HOST:PORT",
            description = "Talk to this Secret Manager endpoint (an emulator or test server; plaintext when loopback).")
    String endpoint;

    @Override
    public Integer call() {
        return WorkspaceErrors.guard(terminal, () -> {
            Map<String, List<StoredSecret>> listed = new LinkedHashMap<>();
            try (TerminalProgress progress = TerminalProgress.on(terminal)) {
                SecretStore store;
                try {
                    store = SecretStores.live(new SecretOptions("live", null, endpoint, false, progress));
                } catch (SecretStoreException e) {
                    terminal.err().println("confguard: incomplete: " + e.getMessage());
                    return ExitCode.INCOMPLETE;
                }
                try (store) {
                    for (String project : projects) {
                        listed.put(project, store.secrets(project));
                    }
                } catch (SecretStoreException e) {
                    terminal.err().println("confguard: incomplete: " + e.getMessage() + "; nothing was written");
                    return ExitCode.INCOMPLETE;
                }
                progress.close();
                Path target = terminal.cwd().resolve(output);
                try {
                    if (target.getParent() != null) {
                        Files.createDirectories(target.getParent());
                    }
                    AtomicFiles.write(target, InventoryWriter.write(listed, Instant.now(), store.describe()));
                } catch (IOException e) {
                    throw new UsageException("cannot write " + output + ": " + e.getMessage(), e);
                }
                int secrets = listed.values().stream().mapToInt(List::size).sum();
                terminal.err().println("confguard: wrote " + secrets + (secrets == 1 ? " secret" : " secrets") + " of "
                        + listed.size() + (listed.size() == 1 ? " project" : " projects") + " to " + output);
                return ExitCode.CLEAN;
            }
        });
    }
}
