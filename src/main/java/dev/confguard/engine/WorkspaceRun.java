package dev.confguard.engine;

import dev.confguard.errors.Spelling;
import dev.confguard.errors.UsageException;
import dev.confguard.resolve.ResolveOptions;
import dev.confguard.resolve.ResolvedConfig;
import dev.confguard.resolve.Resolver;
import dev.confguard.resolve.SourceCache;
import dev.confguard.workspace.Environment;
import dev.confguard.workspace.Service;
import dev.confguard.workspace.Workspace;
import dev.confguard.workspace.WorkspaceLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The part every workspace command shares: load the workspace, check the service and environment
 * filters, and resolve the selected pairs over one source cache. Used by check, resolve and diff.
 */
public final class WorkspaceRun {
    private final Workspace workspace;
    private final SourceCache cache;
    private final ResolveOptions options;

    private WorkspaceRun(Workspace workspace, SourceCache cache, ResolveOptions options) {
        this.workspace = workspace;
        this.cache = cache;
        this.options = options;
    }

    public static WorkspaceRun open(Path workingDirectory, String dir, Path configFile, long maxFileBytes,
                                    Map<String, String> processEnv) {
        Path start = workingDirectory.resolve(dir == null ? "." : dir).normalize();
        Path config = configFile == null ? null : workingDirectory.resolve(configFile).normalize();
        Workspace workspace = WorkspaceLoader.load(start, config);
        SourceCache cache = new SourceCache(workingDirectory, maxFileBytes);
        return new WorkspaceRun(workspace, cache, new ResolveOptions(processEnv, workingDirectory));
    }

    public Workspace workspace() {
        return workspace;
    }

    public SourceCache cache() {
        return cache;
    }

    /**
     * Resolves the selected pairs, after checking that every filter names a known service or environment.
     * The resolver (and what it memoised per layer file) lives only for this call; the parsed files stay
     * in the run's cache.
     */
    public List<ResolvedConfig> resolve(List<String> services, List<String> environments) {
        return resolver().resolveAll(serviceNames(services), environmentNames(environments));
    }

    /** A resolver over the run's cache (its per-file memo lives as long as it does). */
    public Resolver resolver() {
        return new Resolver(workspace, cache, options);
    }

    /** The services a filter names (by name), each checked to exist. */
    public List<String> serviceNames(List<String> services) {
        List<String> names = new ArrayList<>();
        for (String s : services) {
            names.add(requireService(s).name());
        }
        return names;
    }

    /** The environments a filter names (by name, aliases allowed), each checked to exist. */
    public List<String> environmentNames(List<String> environments) {
        List<String> names = new ArrayList<>();
        for (String e : environments) {
            names.add(requireEnvironment(e).name());
        }
        return names;
    }

    public Service requireService(String name) {
        Service service = workspace.service(name);
        if (service == null) {
            List<String> names = new ArrayList<>();
            workspace.services().forEach(s -> names.add(s.name()));
            throw new UsageException("unknown service '" + name + "'" + Spelling.suggestion(name, names)
                    + " (services: " + String.join(", ", names) + ")");
        }
        return service;
    }

    public Environment requireEnvironment(String name) {
        Environment environment = workspace.environment(name);
        if (environment == null) {
            List<String> names = new ArrayList<>();
            workspace.environments().forEach(e -> names.addAll(e.spellings()));
            throw new UsageException("unknown environment '" + name + "'" + Spelling.suggestion(name, names)
                    + " (environments: " + String.join(", ", names) + ")");
        }
        return environment;
    }
}
