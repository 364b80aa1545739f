package dev.confguard.secrets.inventory;

import dev.confguard.engine.InputReader;
import dev.confguard.secrets.store.SecretStore;
import dev.confguard.secrets.store.SecretStoreException;
import dev.confguard.secrets.store.StoredSecret;
import dev.confguard.secrets.store.StoredVersion;
import dev.confguard.secrets.store.VersionState;
import dev.confguard.source.SourceFile;
import dev.confguard.workspace.ConfigError;
import dev.confguard.workspace.ConfigErrorList;
import dev.confguard.workspace.ConfigSchema;
import dev.confguard.workspace.WorkspaceException;
import dev.confguard.yaml.ConfigDocument;
import dev.confguard.yaml.ConfigParser;
import dev.confguard.yaml.ConfigProblem;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The offline backend: a JSON snapshot of Secret Manager metadata ({@code schemas/inventory.schema.json}),
 * read once and validated against its schema. It knows which secrets and versions exist and in which
 * state, and it holds no payload, so it cannot compare secret values.
 */
public final class InventoryStore implements SecretStore {
    static final String SCHEMA = "/schemas/inventory.schema.json";
    private static final long MAX_BYTES = 64L * 1024 * 1024;

    private final String displayPath;
    private final Map<String, List<StoredSecret>> projects;

    private InventoryStore(String displayPath, Map<String, List<StoredSecret>> projects) {
        this.displayPath = displayPath;
        this.projects = projects;
    }

    /**
     * Reads and validates a snapshot. A missing, unreadable or invalid file is a usage error (exit 2),
     * reported at its line and column.
     */
    public static InventoryStore load(Path file, String displayPath) {
        byte[] bytes;
        try {
            bytes = InputReader.read(file, MAX_BYTES);
        } catch (InputReader.UnusableInput e) {
            throw new WorkspaceException(new ConfigError(displayPath, 0, 0, "secret inventory: " + e.getMessage()));
        }
        ConfigDocument document = ConfigParser.parse(SourceFile.of(file, displayPath, bytes));
        ConfigErrorList errors = new ConfigErrorList(document);
        for (ConfigProblem problem : document.problems()) {
            if (problem.kind() != ConfigProblem.Kind.IMPLICIT_TYPE) {
                errors.at(problem.range(), "secret inventory: " + problem.message());
            }
        }
        if (errors.isEmpty()) {
            ConfigSchema.validate(SCHEMA, document, errors);
        }
        if (!errors.isEmpty()) {
            throw new WorkspaceException(errors.sorted());
        }
        return new InventoryStore(displayPath, read((Map<?, ?>) document.tree()));
    }

    /** A store over metadata already in memory (the export command writes what it read this way). */
    public static InventoryStore of(String displayPath, Map<String, List<StoredSecret>> projects) {
        return new InventoryStore(displayPath, new TreeMap<>(projects));
    }

    private static Map<String, List<StoredSecret>> read(Map<?, ?> tree) {
        Map<String, List<StoredSecret>> out = new TreeMap<>();
        for (Map.Entry<?, ?> p : map(tree.get("projects")).entrySet()) {
            String project = String.valueOf(p.getKey());
            List<StoredSecret> secrets = new ArrayList<>();
            for (Map.Entry<?, ?> s : map(map(p.getValue()).get("secrets")).entrySet()) {
                Map<?, ?> secret = map(s.getValue());
                Map<String, Long> aliases = new LinkedHashMap<>();
                map(secret.get("aliases")).forEach((k, v) -> aliases.put(String.valueOf(k), ((Number) v).longValue()));
                List<StoredVersion> versions = new ArrayList<>();
                for (Map.Entry<?, ?> v : map(secret.get("versions")).entrySet()) {
                    Map<?, ?> version = map(v.getValue());
                    versions.add(new StoredVersion(Long.parseLong(String.valueOf(v.getKey())),
                            VersionState.valueOf(String.valueOf(version.get("state"))),
                            Instant.parse(String.valueOf(version.get("createTime")))));
                }
                Object created = secret.get("createTime");
                secrets.add(new StoredSecret(project, String.valueOf(s.getKey()),
                        created == null ? null : Instant.parse(String.valueOf(created)), aliases, versions));
            }
            secrets.sort((a, b) -> a.secret().compareTo(b.secret()));
            out.put(project, List.copyOf(secrets));
        }
        return out;
    }

    private static Map<?, ?> map(Object node) {
        return node instanceof Map ? (Map<?, ?>) node : Collections.emptyMap();
    }

    /** Whether the snapshot covers a project at all (a project it lacks cannot be checked). */
    public boolean covers(String project) {
        return projects.containsKey(project);
    }

    @Override
    public List<StoredSecret> secrets(String project) throws SecretStoreException {
        List<StoredSecret> secrets = projects.get(project);
        if (secrets == null) {
            throw new SecretStoreException(SecretStoreException.Reason.UNAVAILABLE, "the secret inventory "
                    + displayPath + " has no project " + project + " (export it again with 'confguard secrets "
                    + "inventory', giving --project " + project + " among the projects)");
        }
        return secrets;
    }

    @Override
    public byte[] sha256(String project, String secret, String version) throws SecretStoreException {
        throw new SecretStoreException(SecretStoreException.Reason.UNAVAILABLE, "the secret inventory "
                + displayPath + " holds no values; --compare-secret-values needs --secrets live");
    }

    @Override
    public String describe() {
        return "inventory " + displayPath;
    }

    @Override
    public void close() {
    }
}
