package dev.confguard.workspace;

import dev.confguard.dotenv.dialect.Dialect;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The workspace a repository implies without {@code .confguard.yaml}: services are the folders
 * holding {@code .env} files, environments the suffixes of those files. A config file starts from
 * these defaults for every section it leaves out.
 */
public final class ZeroConfig {
    /** The layers of the convention, lowest precedence first; none is required. */
    public static final List<LayerPattern> DEFAULT_HIERARCHY = List.of(
            new LayerPattern(".env", false),
            new LayerPattern(".env.{env}", false),
            new LayerPattern("{service}/.env", false),
            new LayerPattern("{service}/.env.{env}", false),
            new LayerPattern("{service}/.env.{env}.local", false),
            new LayerPattern("{service}/config/{env}.yaml", false),
            new LayerPattern("{service}/config/{env}.yml", false),
            new LayerPattern("{service}/config/{env}.json", false));

    public static final List<String> DEFAULT_RULE_PACKS = List.of("builtin:core");

    /** Environments that are not deployed unless the config says so, in the order they sort first. */
    static final List<String> DEVELOPMENT_NAMES = List.of("development", "dev", "local", "test");

    /** Suffixes that mark a copy, a template or a machine-local override, never an environment. */
    static final Set<String> NOT_ENVIRONMENTS = Set.of("local", "example", "template", "sample", "defaults",
            "default", "dist");

    /** Folders no walk enters (the same as lint's folder walk). */
    static final Set<String> SKIPPED_FOLDERS = Set.of(".git", "node_modules", "target", "build");

    /** What an environment name may look like: it is part of file names. */
    static final Pattern ENVIRONMENT_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");

    private static final Set<String> CONFIG_EXTENSIONS = Set.of("yaml", "yml", "json");

    private ZeroConfig() {
    }

    /**
     * A tree with .env files but no {@code .env.<env>} files still has one configuration per service
     * to resolve and check: it gets this one environment, not deployed.
     */
    public static final Environment IMPLICIT_ENVIRONMENT = new Environment("default", List.of(), false);

    public static Workspace discover(Path root) {
        return discover(root, List.of());
    }

    /** The convention for {@code root}, leaving out what the {@code ignore} globs match. */
    public static Workspace discover(Path root, List<String> ignore) {
        Path base = root.toAbsolutePath().normalize();
        Discovery found = scan(base, IgnoreGlobs.of(ignore));
        List<Environment> environments = found.environments().isEmpty() && !found.services().isEmpty()
                ? List.of(IMPLICIT_ENVIRONMENT) : found.environments();
        return new Workspace(base, null, environments, found.services(), DEFAULT_HIERARCHY,
                Dialect.COMMON, KeyStyle.PATH, DEFAULT_RULE_PACKS, Map.of(), ignore, SecretSettings.OFF);
    }

    /** Whether an environment of this name is deployed when nothing says otherwise. */
    public static boolean deployedByDefault(String name) {
        return !DEVELOPMENT_NAMES.contains(name.toLowerCase(Locale.ROOT));
    }

    /** The schema a service gets by convention: {@code schemas/{name}.schema.json} if it exists, else null. */
    static String conventionalSchema(Path root, String serviceName) {
        String relative = "schemas/" + serviceName + ".schema.json";
        return Files.isRegularFile(root.resolve(relative)) ? relative : null;
    }

    /** The services and environments found under a root. */
    record Discovery(List<Service> services, List<Environment> environments) {
    }

    static Discovery scan(Path root, IgnoreGlobs ignore) {
        Map<String, List<String>> envFilesByFolder = new TreeMap<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            if (dir.equals(root)) {
                                return FileVisitResult.CONTINUE;
                            }
                            boolean skipped = SKIPPED_FOLDERS.contains(dir.getFileName().toString())
                                    || ignore.ignores(relative(root, dir));
                            return skipped ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            String name = file.getFileName().toString();
                            if (attrs.isRegularFile() && isEnvFile(name) && !ignore.ignores(relative(root, file))) {
                                envFilesByFolder.computeIfAbsent(relative(root, file.getParent()),
                                        k -> new ArrayList<>()).add(name);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            // unreadable folders and link loops hold no services we could read
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            // the root itself is unreadable: no services
        }
        Set<String> environments = new LinkedHashSet<>();
        for (Map.Entry<String, List<String>> folder : envFilesByFolder.entrySet()) {
            for (String name : folder.getValue()) {
                String env = environmentOfEnvFile(name);
                if (env != null) {
                    environments.add(env);
                }
            }
            environments.addAll(configEnvironments(root, folder.getKey(), ignore));
        }
        return new Discovery(services(root, envFilesByFolder.keySet()), sortedEnvironments(environments));
    }

    static boolean isEnvFile(String name) {
        return name.equals(".env") || (name.startsWith(".env.") && name.length() > 5);
    }

    /**
     * The environment a {@code .env.*} file name is a layer of: {@code .env.staging} and
     * {@code .env.staging.local} are staging; {@code .env}, {@code .env.local}, {@code .env.example}
     * and other shapes are none (null).
     */
    static String environmentOfEnvFile(String name) {
        if (!name.startsWith(".env.")) {
            return null;
        }
        String[] parts = name.substring(5).split("\\.", -1);
        if (parts.length > 2 || (parts.length == 2 && !parts[1].equals("local"))) {
            return null;
        }
        return environmentName(parts[0]);
    }

    /** {@code config/{env}.yaml|yml|json} files of one service folder. */
    private static List<String> configEnvironments(Path root, String folder, IgnoreGlobs ignore) {
        Path config = root.resolve(folder).resolve("config");
        List<String> out = new ArrayList<>();
        if (!Files.isDirectory(config) || ignore.ignores(relative(root, config))) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(config)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                int dot = name.lastIndexOf('.');
                if (dot <= 0 || !CONFIG_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT))
                        || !Files.isRegularFile(file) || ignore.ignores(relative(root, file))) {
                    continue;
                }
                String env = environmentName(name.substring(0, dot));
                if (env != null) {
                    out.add(env);
                }
            }
        } catch (IOException e) {
            // an unreadable config folder adds no environments
        }
        out.sort(Comparator.naturalOrder());
        return out;
    }

    private static String environmentName(String candidate) {
        if (!ENVIRONMENT_NAME.matcher(candidate).matches()
                || NOT_ENVIRONMENTS.contains(candidate.toLowerCase(Locale.ROOT))) {
            return null;
        }
        return candidate;
    }

    /** Named by folder name; folders that share a name are named by their path instead. */
    private static List<Service> services(Path root, Set<String> folders) {
        Map<String, Integer> nameCounts = new HashMap<>();
        for (String folder : folders) {
            nameCounts.merge(folderName(root, folder), 1, Integer::sum);
        }
        List<Service> services = new ArrayList<>();
        for (String folder : folders) {
            String name = folderName(root, folder);
            if (nameCounts.get(name) > 1 && !folder.isEmpty()) {
                name = folder;
            }
            services.add(new Service(name, folder, conventionalSchema(root, name)));
        }
        services.sort(Comparator.comparing(Service::path));
        return services;
    }

    private static String folderName(Path root, String folder) {
        Path p = folder.isEmpty() ? root : root.resolve(folder);
        return p.getFileName() == null ? "root" : p.getFileName().toString();
    }

    /** Development-like first (development, dev, local, test), then alphabetical, production last. */
    static List<Environment> sortedEnvironments(Set<String> names) {
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(ENVIRONMENT_ORDER);
        List<Environment> out = new ArrayList<>();
        for (String name : sorted) {
            out.add(new Environment(name, List.of(), deployedByDefault(name)));
        }
        return out;
    }

    static final Comparator<String> ENVIRONMENT_ORDER = Comparator.comparingInt(ZeroConfig::rank)
            .thenComparing(Comparator.naturalOrder());

    private static int rank(String name) {
        int dev = DEVELOPMENT_NAMES.indexOf(name);
        if (dev >= 0) {
            return dev;
        }
        return name.equals("production") ? DEVELOPMENT_NAMES.size() + 1 : DEVELOPMENT_NAMES.size();
    }

    static String relative(Path root, Path path) {
        return root.relativize(path).toString().replace('\\', '/');
    }
}
