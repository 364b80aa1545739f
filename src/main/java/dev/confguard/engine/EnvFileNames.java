package dev.confguard.engine;

import java.util.Set;

/** Which file and folder names a folder walk takes and skips. */
final class EnvFileNames {
    static final Set<String> SKIPPED_FOLDERS = Set.of(".git", "node_modules", "target", "build");

    private EnvFileNames() {
    }

    /** {@code .env} and {@code .env.*} (for example {@code .env.staging}, {@code .env.local}). */
    static boolean isEnvFile(String name) {
        return name.equals(".env") || (name.startsWith(".env.") && name.length() > 5);
    }
}
