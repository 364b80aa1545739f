package dev.confguard.engine;

import dev.confguard.errors.UsageException;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What {@code check --staged} checks: the index version of every configuration-like file of the
 * repository (.env files, YAML/JSON, the workspace config), copied to a temporary folder that mirrors
 * the repository's layout, so findings name the same relative paths. Deleted on close.
 */
public final class StagedSnapshot implements AutoCloseable {
    private final Git git;
    private final Path root;

    private StagedSnapshot(Git git, Path root) {
        this.git = git;
        this.root = root;
    }

    public static StagedSnapshot of(Path dir) {
        Git git = Git.at(dir);
        Path root;
        try {
            root = Files.createTempDirectory("confguard-staged-");
        } catch (IOException e) {
            throw new UsageException("cannot create a temporary folder: " + e.getMessage(), e);
        }
        List<String> wanted = new ArrayList<>();
        for (String path : git.indexedFiles()) {
            if (isConfigLike(path)) {
                wanted.add(path);
            }
        }
        git.exportIndex(wanted, root);
        return new StagedSnapshot(git, root);
    }

    static boolean isConfigLike(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return name.equals(".env") || name.startsWith(".env.") || name.endsWith(".env") || name.endsWith(".yaml")
                || name.endsWith(".yml") || name.endsWith(".json");
    }

    /** The snapshot's root, standing for the repository's work tree. */
    public Path root() {
        return root;
    }

    public Path workTree() {
        return git.workTree();
    }

    @Override
    public void close() {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // a leftover temp folder is harmless; the check result stands
        }
    }
}
