package dev.confguard.workspace;

import dev.confguard.engine.DisplayPaths;
import dev.confguard.source.SourceFile;
import dev.confguard.yaml.ConfigDocument;
import dev.confguard.yaml.ConfigParser;
import dev.confguard.yaml.ConfigProblem;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Finds the workspace a run works in: the {@code --config} file, else the nearest
 * {@code .confguard.yaml} (or {@code .yml}) in the start folder or above it, else the zero-config
 * convention rooted at the start folder. A config file that cannot be used is a
 * {@link WorkspaceException} listing every error in it.
 */
public final class WorkspaceLoader {
    /** The names a workspace config file may have, looked for in this order in each folder. */
    public static final List<String> CONFIG_NAMES = List.of(".confguard.yaml", ".confguard.yml");

    private WorkspaceLoader() {
    }

    /**
     * The workspace for a run started in {@code start} (a folder, or a file whose folder counts).
     * {@code explicitConfig} is the {@code --config} file or null; relative paths are resolved
     * against the working directory.
     */
    public static Workspace load(Path start, Path explicitConfig) {
        if (explicitConfig != null) {
            return read(explicitConfig);
        }
        Path folder = start.toAbsolutePath().normalize();
        if (Files.isRegularFile(folder)) {
            folder = folder.getParent();
        } else if (!Files.isDirectory(folder)) {
            throw new WorkspaceException(new ConfigError(display(folder), 0, 0, "no such folder"));
        }
        Path config = find(folder);
        return config != null ? read(config) : ZeroConfig.discover(folder);
    }

    /** The config file that applies to {@code folder}: the nearest one in it or above it, or null. */
    public static Path find(Path folder) {
        for (Path dir = folder.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            for (String name : CONFIG_NAMES) {
                Path candidate = dir.resolve(name);
                if (Files.isRegularFile(candidate)) {
                    return candidate;
                }
            }
        }
        return null;
    }

    /** Reads one config file; the workspace root is its folder. */
    public static Workspace read(Path configFile) {
        Path file = configFile.toAbsolutePath().normalize();
        String shown = display(file);
        if (Files.isDirectory(file)) {
            throw new WorkspaceException(new ConfigError(shown, 0, 0,
                    "is a folder; give the configuration file itself (such as " + file.resolve(CONFIG_NAMES.get(0))
                            .getFileName() + " in it)"));
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new WorkspaceException(new ConfigError(shown, 0, 0, "no such configuration file"));
        } catch (AccessDeniedException e) {
            throw new WorkspaceException(new ConfigError(shown, 0, 0, "cannot read the configuration file: "
                    + "permission denied"));
        } catch (IOException e) {
            throw new WorkspaceException(new ConfigError(shown, 0, 0, "cannot read the configuration file: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
        }
        return read(SourceFile.of(file, shown, bytes));
    }

    /** Reads a config file already in memory (its {@code path} gives the workspace root). */
    static Workspace read(SourceFile source) {
        ConfigDocument document = ConfigParser.parse(source);
        ConfigErrorList errors = new ConfigErrorList(document);
        if (!source.invalidByteOffsets().isEmpty()) {
            errors.at(source.invalidByteOffsets().get(0), "the file is not valid UTF-8; save it as UTF-8");
        }
        boolean readable = true;
        for (ConfigProblem problem : document.problems()) {
            switch (problem.kind()) {
                case IMPLICIT_TYPE:
                    break; // the schema judges types; 'store: off' reading as false is fine here
                case DUPLICATE_KEY:
                case NON_SCALAR_KEY:
                    errors.at(problem.range(), problem.message());
                    break;
                default:
                    readable = false;
                    errors.at(problem.range(), syntaxPrefix(source, problem) + problem.message());
                    break;
            }
        }
        Workspace workspace = null;
        if (readable && document.tree() == null) {
            errors.at(0, "the configuration is empty; it needs at least 'version: 1'");
        } else if (readable) {
            ConfigSchema.validate(document, errors);
            Path root = source.path().getParent();
            workspace = ConfigFileReader.read(root, source.path(), errors);
        }
        if (!errors.isEmpty()) {
            throw new WorkspaceException(errors.sorted());
        }
        return workspace;
    }

    private static String syntaxPrefix(SourceFile source, ConfigProblem problem) {
        if (problem.kind() != ConfigProblem.Kind.SYNTAX) {
            return "";
        }
        return source.displayPath().toLowerCase(java.util.Locale.ROOT).endsWith(".json") ? "JSON syntax error: "
                : "YAML syntax error: ";
    }

    private static String display(Path path) {
        return DisplayPaths.of(Path.of("").toAbsolutePath(), path);
    }
}
