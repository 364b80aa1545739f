package dev.confguard.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a file of a test tree, creating its folders. */
final class TestFiles {
    private TestFiles() {
    }

    static Path write(Path root, String name, String content) throws IOException {
        Path p = root.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, content);
    }
}
