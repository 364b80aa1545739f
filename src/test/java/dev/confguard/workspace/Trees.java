package dev.confguard.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Builds small repository trees in a temporary folder for workspace tests. */
final class Trees {
    private Trees() {
    }

    /** Creates each file (with its folders); a path ending in '/' creates an empty folder. */
    static Path files(Path root, String... paths) {
        for (String p : paths) {
            if (p.endsWith("/")) {
                folder(root, p);
            } else {
                write(root, p, "KEY=value\n");
            }
        }
        return root;
    }

    static Path write(Path root, String relative, String text) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path folder(Path root, String relative) {
        try {
            return Files.createDirectories(root.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
