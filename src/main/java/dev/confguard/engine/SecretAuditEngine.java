package dev.confguard.engine;

import dev.confguard.errors.UsageException;
import dev.confguard.resolve.ResolvedConfig;
import dev.confguard.secrets.SecretStores;
import dev.confguard.secrets.audit.SecretAudit;
import dev.confguard.secrets.store.SecretStore;
import dev.confguard.secrets.store.SecretStoreException;
import dev.confguard.secrets.store.StoredSecret;
import dev.confguard.secrets.verify.MappingFiles;
import dev.confguard.secrets.verify.ReferenceSite;
import dev.confguard.secrets.verify.SecretReferences;
import dev.confguard.secrets.verify.SecretVerification;
import dev.confguard.workspace.Environment;
import dev.confguard.workspace.Workspace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code confguard secrets audit}: resolve the selected pairs, verify every reference against the store,
 * and list the projects of the environments in scope as well, to find the secrets nothing references.
 * Each project is listed once.
 */
public final class SecretAuditEngine {
    private SecretAuditEngine() {
    }

    public static SecretAudit run(AuditRequest request) {
        WorkspaceRun run = WorkspaceRun.open(request.workingDirectory(), request.dir(), request.configFile(),
                request.maxFileBytes(), request.processEnv());
        Workspace workspace = run.workspace();
        String mode = SecretStores.modeOf(request.secrets(), workspace);
        if (mode.equals("off")) {
            throw new UsageException("an audit needs a secret store: pass --secrets inventory (with secrets.inventory "
                    + "or --inventory FILE) or --secrets live");
        }
        List<ResolvedConfig> configs = run.resolve(request.services(), request.environments());
        MappingFiles mappings = new MappingFiles(run.cache(), request.workingDirectory(), request.maxFileBytes());
        List<ReferenceSite> sites = SecretReferences.collect(workspace, configs, mappings);
        SecretStore store;
        try {
            store = SecretStores.open(mode, request.secrets(), workspace, request.workingDirectory());
        } catch (SecretStoreException e) {
            return SecretAudit.of(SecretVerification.unreachable(workspace, sites, e.getMessage()), Map.of(),
                    List.of(), request.maxAge(), request.now());
        }
        try (store) {
            SecretVerification verification = SecretVerification.run(workspace, sites, store);
            Map<String, List<StoredSecret>> listed = new LinkedHashMap<>(verification.listed());
            List<String> failures = new ArrayList<>();
            for (String project : projectsInScope(workspace, configs)) {
                if (listed.containsKey(project) || verification.failedProjects().contains(project)) {
                    continue;
                }
                try {
                    listed.put(project, store.secrets(project, Set.of())); // orphans need names only
                } catch (SecretStoreException e) {
                    failures.add(e.getMessage());
                }
            }
            return SecretAudit.of(verification, listed, failures, request.maxAge(), request.now());
        }
    }

    /** The projects {@code secrets.projects} gives the environments of the selected pairs. */
    private static Set<String> projectsInScope(Workspace workspace, List<ResolvedConfig> configs) {
        Set<String> out = new LinkedHashSet<>();
        Set<Environment> environments = new LinkedHashSet<>();
        configs.forEach(c -> environments.add(c.environment()));
        for (Environment env : environments) {
            String project = workspace.secrets().projectOf(env);
            if (project != null) {
                out.add(project);
            }
        }
        return out;
    }
}
