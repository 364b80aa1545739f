package dev.confguard.schema;

import dev.confguard.resolve.ResolvedConfig;
import dev.confguard.workspace.ConfigError;
import dev.confguard.workspace.Service;
import dev.confguard.workspace.Workspace;
import dev.confguard.workspace.WorkspaceException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The schemas of the services a run checks, each read and loaded once (services that share a schema
 * share it, and files referred to by several schemas are read once). A schema that cannot be used is
 * a configuration error: loading throws a {@link WorkspaceException} with every error of every schema.
 */
public final class SchemaSet {
    private final Map<String, ServiceSchema> byService;

    private SchemaSet(Map<String, ServiceSchema> byService) {
        this.byService = byService;
    }

    /** The schemas of {@code services} (those that have one), distinct files loaded in parallel. */
    public static SchemaSet load(Workspace workspace, Collection<Service> services, Path workingDirectory) {
        SchemaReader reader = new SchemaReader();
        Set<String> settings = new LinkedHashSet<>();
        for (Service service : services) {
            if (service.schema() != null) {
                settings.add(service.schema());
            }
        }
        Map<String, ServiceSchema> bySetting = new ConcurrentHashMap<>();
        List<ConfigError> errors = Collections.synchronizedList(new ArrayList<>());
        new ArrayList<>(settings).parallelStream().forEach(setting -> {
            try {
                bySetting.put(setting, new ServiceSchema(reader.read(SchemaSource.of(setting, workspace.root(),
                        workingDirectory))));
            } catch (WorkspaceException e) {
                errors.addAll(e.errors());
            }
        });
        if (!errors.isEmpty()) {
            throw new WorkspaceException(DocumentSchema.sorted(new ArrayList<>(new LinkedHashSet<>(errors))));
        }
        Map<String, ServiceSchema> byService = new HashMap<>();
        for (Service service : services) {
            if (service.schema() != null) {
                byService.put(service.name(), bySetting.get(service.schema()));
            }
        }
        return new SchemaSet(byService);
    }

    /** Whether some service has a schema. */
    public boolean isEmpty() {
        return byService.isEmpty();
    }

    /** The service's schema, or null when it has none. */
    public ServiceSchema of(Service service) {
        return byService.get(service.name());
    }

    /** The keys of the configuration its service's schema marks secret. */
    public Set<String> secretKeys(ResolvedConfig config) {
        ServiceSchema schema = of(config.service());
        return schema == null ? Set.of() : schema.secretKeys(config.values().keySet());
    }

    /** The configuration validated against its service's schema, or null when the service has none. */
    public SchemaReport validate(ResolvedConfig config) {
        ServiceSchema schema = of(config.service());
        return schema == null ? null : schema.validate(config);
    }
}
