package dev.confguard.resolve;

import dev.confguard.dotenv.dialect.Dialect;
import dev.confguard.workspace.Environment;
import dev.confguard.workspace.KeyStyle;
import dev.confguard.workspace.LayerPattern;
import dev.confguard.workspace.SecretSettings;
import dev.confguard.workspace.Service;
import dev.confguard.workspace.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A workspace on disk for resolver tests: files written under a root, the records built directly. */
final class Fixture {
    final Path root;
    private final List<Environment> environments = new ArrayList<>();
    private final List<Service> services = new ArrayList<>();
    private final List<LayerPattern> hierarchy = new ArrayList<>();
    private Dialect dialect = Dialect.COMMON;
    private KeyStyle keys = KeyStyle.PATH;

    Fixture(Path root) {
        this.root = root;
    }

    Fixture env(String name, String... aliases) {
        environments.add(new Environment(name, List.of(aliases), true));
        return this;
    }

    Fixture service(String name, String path) {
        services.add(new Service(name, path, null));
        return this;
    }

    Fixture layer(String pattern) {
        hierarchy.add(new LayerPattern(pattern, false));
        return this;
    }

    Fixture requiredLayer(String pattern) {
        hierarchy.add(new LayerPattern(pattern, true));
        return this;
    }

    Fixture dialect(Dialect d) {
        this.dialect = d;
        return this;
    }

    Fixture keys(KeyStyle k) {
        this.keys = k;
        return this;
    }

    Fixture file(String relative, String text) {
        return bytes(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    Fixture bytes(String relative, byte[] content) {
        try {
            Path p = root.resolve(relative);
            Files.createDirectories(p.getParent());
            Files.write(p, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    Workspace workspace() {
        return new Workspace(root, null, environments, services, hierarchy, dialect, keys, List.of(), Map.of(),
                List.of(), SecretSettings.OFF);
    }

    Resolver resolver(SourceCache cache) {
        return new Resolver(workspace(), cache, ResolveOptions.of(root));
    }

    Resolver resolver(Map<String, String> processEnv) {
        return new Resolver(workspace(), new SourceCache(root), new ResolveOptions(processEnv, root));
    }

    Resolver resolver() {
        return resolver(new SourceCache(root));
    }

    ResolvedConfig resolve(String service, String env) {
        Workspace w = workspace();
        return resolver().resolve(w.service(service), w.environment(env));
    }
}
