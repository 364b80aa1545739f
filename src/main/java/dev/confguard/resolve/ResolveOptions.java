package dev.confguard.resolve;

import java.nio.file.Path;
import java.util.Map;

/**
 * What a resolution needs besides the workspace: the process environment references may fall back to
 * (empty unless the user passed {@code --process-env}, so results never depend on the shell by
 * accident) and the working directory that display paths are relative to.
 */
public record ResolveOptions(Map<String, String> processEnv, Path workingDirectory) {
    public ResolveOptions {
        processEnv = Map.copyOf(processEnv);
    }

    /** No process environment; paths shown relative to {@code workingDirectory}. */
    public static ResolveOptions of(Path workingDirectory) {
        return new ResolveOptions(Map.of(), workingDirectory);
    }
}
