package dev.confguard.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options of every command that works on a workspace: where it is and how to read it. */
final class WorkspaceOptions {
    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "Use this workspace config instead of the .confguard.yaml found upward from DIR.")
    Path config;

    @Option(names = "--process-env",
            description = "Let ${VAR} references fall back to this process's environment variables.")
    boolean processEnv;

    @Option(names = "--max-file-size", paramLabel = "MIB", defaultValue = "64",
            description = "Refuse files larger than this many MiB (default: ${DEFAULT-VALUE}).")
    long maxFileMib;

    long maxFileBytes() {
        return maxFileMib * 1024 * 1024;
    }

    java.util.Map<String, String> processEnv(Terminal terminal) {
        return processEnv ? terminal.env() : java.util.Map.of();
    }
}
