package dev.confguard.engine;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns the paths of a lint request into the files to read: a file as given, a folder as every
 * {@code .env}/{@code .env.*} below it. Problems (missing path, link loop, empty folder) become
 * {@link InputError}s, never exceptions. Public for {@code confguard fix}, which collects files as lint does.
 */
public final class FileCollector {
    private final Path cwd;
    private final Set<Path> files = new LinkedHashSet<>();
    private final List<InputError> errors = new ArrayList<>();

    public FileCollector(Path cwd) {
        this.cwd = cwd;
    }

    public void add(String given) {
        Path path = cwd.resolve(given).normalize();
        if (Files.isRegularFile(path)) {
            files.add(path);
        } else if (Files.isDirectory(path)) {
            walk(given, path);
        } else if (Files.isSymbolicLink(path)) {
            errors.add(new InputError(given, "symbolic link loop or dangling link"));
        } else if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            errors.add(new InputError(given, "not a regular file or folder"));
        } else {
            errors.add(new InputError(given, "no such file or folder"));
        }
    }

    private void walk(String given, Path root) {
        int before = files.size();
        int errorsBefore = errors.size();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            if (!dir.equals(root) && EnvFileNames.SKIPPED_FOLDERS.contains(dir.getFileName().toString())) {
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (attrs.isRegularFile() && EnvFileNames.isEnvFile(file.getFileName().toString())) {
                                files.add(file.normalize());
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            String shown = display(file);
                            if (e instanceof FileSystemLoopException) {
                                errors.add(new InputError(shown, "symbolic link loop"));
                            } else if (EnvFileNames.isEnvFile(file.getFileName().toString()) || Files.isDirectory(file)) {
                                errors.add(new InputError(shown, InputReader.describe(e)));
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            errors.add(new InputError(given, InputReader.describe(e)));
        }
        if (files.size() == before && errors.size() == errorsBefore) {
            errors.add(new InputError(given, "no .env files found in this folder"));
        }
    }

    public String display(Path path) {
        return DisplayPaths.of(cwd, path);
    }

    public List<Path> files() {
        return new ArrayList<>(files);
    }

    public List<InputError> errors() {
        return errors;
    }
}
