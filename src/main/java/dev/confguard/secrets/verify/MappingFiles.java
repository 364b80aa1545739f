package dev.confguard.secrets.verify;

import dev.confguard.engine.DisplayPaths;
import dev.confguard.engine.InputReader;
import dev.confguard.resolve.CachedFile;
import dev.confguard.resolve.LayerError;
import dev.confguard.resolve.SourceCache;
import dev.confguard.secrets.mapping.MappedSecret;
import dev.confguard.secrets.mapping.SecretMappingReader;
import dev.confguard.source.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The deploy mapping files of a run, each read once: YAML and JSON through the run's {@link SourceCache}
 * (so a file that is also a layer is parsed once), any other file (a deploy script) as text.
 */
public final class MappingFiles {
    private final SourceCache cache;
    private final Path workingDirectory;
    private final long maxBytes;
    private final Map<Path, Read> files = new ConcurrentHashMap<>();

    public MappingFiles(SourceCache cache, Path workingDirectory, long maxBytes) {
        this.cache = cache;
        this.workingDirectory = workingDirectory;
        this.maxBytes = maxBytes;
    }

    /**
     * A mapping file: its display path, its source (null when absent or unusable), its mappings, and why it
     * could not be used (or null).
     */
    public record Read(String file, SourceFile source, List<MappedSecret> mappings, String error) {
        boolean exists() {
            return source != null || error != null;
        }
    }

    public Read get(Path path) {
        return files.computeIfAbsent(path.toAbsolutePath().normalize(), this::load);
    }

    /** The mapping file at an absolute, normalized path if this run read it and it exists, else null. */
    public Read readAt(Path path) {
        Read read = files.get(path);
        return read != null && read.exists() ? read : null;
    }

    /** Every file read that exists, by absolute path. */
    public Map<Path, Read> loaded() {
        Map<Path, Read> out = new java.util.TreeMap<>();
        files.forEach((path, read) -> {
            if (read.exists()) {
                out.put(path, read);
            }
        });
        return out;
    }

    private Read load(Path path) {
        String shown = DisplayPaths.of(workingDirectory, path);
        String name = path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json")) {
            CachedFile cached = cache.get(path);
            if (cached instanceof CachedFile.Config) {
                var document = ((CachedFile.Config) cached).document();
                for (dev.confguard.yaml.ConfigProblem problem : document.problems()) {
                    if (problem.kind() == dev.confguard.yaml.ConfigProblem.Kind.SYNTAX) {
                        return new Read(shown, null, List.of(), "YAML syntax error: " + problem.message()
                                + "; its secret mappings cannot be checked");
                    }
                }
                List<MappedSecret> mappings = SecretMappingReader.read(document.source().text(), document);
                return new Read(shown, document.source(), mappings, null);
            }
            if (cached instanceof LayerError) {
                return new Read(shown, null, List.of(), ((LayerError) cached).reason());
            }
            return new Read(shown, null, List.of(), null);
        }
        if (!Files.isRegularFile(path)) {
            return new Read(shown, null, List.of(), null);
        }
        try {
            byte[] bytes = InputReader.read(path, maxBytes);
            SourceFile source = SourceFile.of(path, shown, bytes);
            return new Read(shown, source, SecretMappingReader.read(source.text(), null), null);
        } catch (InputReader.UnusableInput e) {
            return new Read(shown, null, List.of(), e.getMessage());
        }
    }
}
