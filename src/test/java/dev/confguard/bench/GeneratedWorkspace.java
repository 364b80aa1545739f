package dev.confguard.bench;

import dev.confguard.dotenv.dialect.Dialect;
import dev.confguard.workspace.Environment;
import dev.confguard.workspace.KeyStyle;
import dev.confguard.workspace.LayerPattern;
import dev.confguard.workspace.SecretSettings;
import dev.confguard.workspace.Service;
import dev.confguard.workspace.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A realistic workspace for benchmarks, written to disk: shared root layers, then per service a YAML
 * file, a {@code .env} and one {@code .env.<env>} per environment (production under its alias
 * {@code prod}), each with {@code keysPerFile} keys, some overriding lower layers and about one in
 * five referring to other keys.
 */
final class GeneratedWorkspace {
    static final List<Environment> ENVIRONMENTS = List.of(
            new Environment("dev", List.of(), false), new Environment("test", List.of(), false),
            new Environment("staging", List.of(), true), new Environment("production", List.of("prod"), true));

    private GeneratedWorkspace() {
    }

    static Workspace write(Path root, int serviceCount, int keysPerFile) throws IOException {
        List<LayerPattern> hierarchy = List.of(new LayerPattern(".env", false), new LayerPattern(".env.{env}", false),
                new LayerPattern("{service}/config.yaml", false), new LayerPattern("{service}/.env", false),
                new LayerPattern("{service}/.env.{env}", true));
        StringBuilder shared = new StringBuilder("# shared by every service\nHOST=localhost\nPORT=8080\n");
        for (int k = 0; k < keysPerFile - 2; k++) {
            shared.append("SHARED_").append(k).append(k % 5 == 0 ? "=http://${HOST}:${PORT:-80}/s" + k : "=value-" + k)
                    .append('\n');
        }
        write(root.resolve(".env"), shared);
        for (Environment e : ENVIRONMENTS) {
            StringBuilder text = new StringBuilder("HOST=" + e.name() + ".internal\n");
            for (int k = 0; k < keysPerFile - 1; k++) {
                text.append("ENV_").append(k).append("=\"").append(e.name()).append(" value ").append(k).append("\"\n");
            }
            write(root.resolve(e.name().equals("production") ? ".env.prod" : ".env." + e.name()), text);
        }
        List<Service> services = new ArrayList<>();
        for (int s = 0; s < serviceCount; s++) {
            String name = "svc-" + s;
            Path dir = root.resolve("services").resolve(name);
            services.add(new Service(name, "services/" + name, null));
            StringBuilder yaml = new StringBuilder("app:\n  name: " + name + "\n  limits:\n");
            for (int k = 0; k < keysPerFile - 1; k++) {
                yaml.append("    limit").append(k).append(": ").append(k * 10).append('\n');
            }
            write(dir.resolve("config.yaml"), yaml);
            StringBuilder env = new StringBuilder();
            for (int k = 0; k < keysPerFile; k++) {
                if (k % 5 == 0) {
                    env.append("SVC_").append(k).append("=${APP_NAME}-$ENV_").append(k % 7).append('\n');
                } else if (k % 5 == 1) {
                    env.append("SHARED_").append(k).append("='overridden ").append(k).append("'\n");
                } else {
                    env.append("SVC_").append(k).append("=plain-value-").append(s).append('-').append(k).append('\n');
                }
            }
            write(dir.resolve(".env"), env);
            for (Environment e : ENVIRONMENTS) {
                StringBuilder text = new StringBuilder();
                for (int k = 0; k < keysPerFile; k++) {
                    if (k % 4 == 0) {
                        text.append("SVC_").append(k).append("=").append(e.name()).append("-").append(k).append('\n');
                    } else if (k % 4 == 1) {
                        text.append("DB_URL_").append(k).append("=postgres://${HOST}:5432/").append(name).append('\n');
                    } else {
                        text.append("SVC_ENV_").append(k).append("=\"").append(name).append(' ').append(e.name())
                                .append("\"\n");
                    }
                }
                write(dir.resolve(e.name().equals("production") ? ".env.prod" : ".env." + e.name()), text);
            }
        }
        return new Workspace(root, null, ENVIRONMENTS, services, hierarchy, Dialect.COMMON, KeyStyle.ENV, List.of(),
                Map.of(), List.of(), SecretSettings.OFF);
    }

    static void delete(Path root) throws IOException {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }

    private static void write(Path file, CharSequence text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
