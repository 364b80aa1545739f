package dev.confguard.resolve;

import dev.confguard.dotenv.DotenvParser;
import dev.confguard.engine.DisplayPaths;
import dev.confguard.engine.InputReader;
import dev.confguard.engine.LintRequest;
import dev.confguard.source.SourceFile;
import dev.confguard.yaml.ConfigDocument;
import dev.confguard.yaml.ConfigParser;
import dev.confguard.yaml.ConfigProblem;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads and parses every layer file at most once per run, however many (service, environment) pairs
 * layer it, and keeps the documents so file rules can run on them without parsing again. Thread-safe;
 * never throws on file content: an unusable file becomes a {@link LayerError}.
 *
 * <p>{@code .yaml}, {@code .yml} and {@code .json} files are config documents; files named
 * {@code .env}, {@code .env.*} or {@code *.env} are {@code .env} documents; any other name is a
 * {@link LayerError}.
 */
public final class SourceCache {
    private final Path workingDirectory;
    private final long maxFileBytes;
    private final Memo<Path, CachedFile> files = new Memo<>(this::load);
    private final AtomicInteger parses = new AtomicInteger();

    public SourceCache(Path workingDirectory, long maxFileBytes) {
        this.workingDirectory = workingDirectory;
        this.maxFileBytes = maxFileBytes;
    }

    /** A cache with the default file size limit of a lint run. */
    public SourceCache(Path workingDirectory) {
        this(workingDirectory, LintRequest.DEFAULT_MAX_FILE_BYTES);
    }

    /** The file at {@code path} (made absolute and normalized), read and parsed on first use. */
    public CachedFile get(Path path) {
        return files.get(path.toAbsolutePath().normalize());
    }

    /**
     * Lets go of the parsed document of a file read already, keeping its source: a run that has linted
     * the file and read it as a layer needs the document no more, and a large repository's documents
     * do not all fit in memory at once. Asking for the document later parses the source again.
     */
    public void release(Path path) {
        CachedFile cached = files.getIfComputed(path.toAbsolutePath().normalize());
        if (cached instanceof CachedFile.Parsed) {
            ((CachedFile.Parsed<?>) cached).release();
        }
    }

    /** Every file that exists among those asked for so far (documents and errors), by absolute path. */
    public Map<Path, CachedFile> loaded() {
        Map<Path, CachedFile> out = new TreeMap<>();
        for (Map.Entry<Path, CachedFile> e : files.computed().entrySet()) {
            if (!(e.getValue() instanceof CachedFile.Absent)) {
                out.put(e.getKey(), e.getValue());
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /** How many files were read and parsed so far (each at most once). */
    public int parseCount() {
        return parses.get();
    }

    private CachedFile load(Path path) {
        String shown = DisplayPaths.of(workingDirectory, path);
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return new CachedFile.Absent(shown);
        }
        if (Files.isDirectory(path)) {
            return new LayerError(shown, "is a folder, not a file");
        }
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        boolean config = ConfigParser.isConfigFile(name);
        if (!config && !isEnvFileName(name)) {
            return new LayerError(shown, "is neither a .env file nor a YAML or JSON file");
        }
        byte[] bytes;
        try {
            bytes = InputReader.read(path, maxFileBytes);
        } catch (InputReader.UnusableInput e) {
            return new LayerError(shown, e.getMessage());
        }
        parses.incrementAndGet();
        SourceFile source = SourceFile.of(path, shown, bytes);
        try {
            if (!config) {
                return new CachedFile.Dotenv(DotenvParser.parse(source));
            }
            ConfigDocument document = ConfigParser.parse(source).entriesOnly();
            ConfigProblem fatal = document.fatalProblem();
            if (fatal != null) {
                return new LayerError(shown, fatalReason(fatal) + " (line "
                        + source.position(fatal.range().start()).line() + ")");
            }
            return new CachedFile.Config(document);
        } catch (RuntimeException | StackOverflowError e) {
            // The parsers do not throw on content; if one ever does, the run goes on without the file.
            return new LayerError(shown, "could not be parsed (internal error " + e.getClass().getSimpleName()
                    + "; please report it)");
        }
    }

    /** A fixed reason per kind: parser messages may quote the file's text, and values may be secrets. */
    private static String fatalReason(ConfigProblem problem) {
        switch (problem.kind()) {
            case TOO_DEEP:
                return "nesting is too deep to read";
            case ALIAS_LIMIT:
                return "too many aliases or values (an alias bomb?)";
            case TOO_LARGE:
                return "the document is too large to read";
            default:
                return "could not be read";
        }
    }

    static boolean isEnvFileName(String name) {
        return name.equals(".env") || name.startsWith(".env.") || (name.endsWith(".env") && name.length() > 4);
    }
}
