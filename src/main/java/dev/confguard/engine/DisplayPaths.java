package dev.confguard.engine;

import java.nio.file.Path;

/** How reports name a file: relative to the working directory, with forward slashes. */
public final class DisplayPaths {
    private DisplayPaths() {
    }

    public static String of(Path cwd, Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Path base = cwd.toAbsolutePath().normalize();
        String shown;
        try {
            shown = abs.getRoot() != null && abs.getRoot().equals(base.getRoot()) ? base.relativize(abs).toString()
                    : abs.toString();
        } catch (IllegalArgumentException e) {
            shown = abs.toString();
        }
        return shown.replace('\\', '/');
    }
}
