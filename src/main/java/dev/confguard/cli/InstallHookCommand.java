package dev.confguard.cli;

import dev.confguard.engine.Git;
import dev.confguard.errors.ExitCode;
import dev.confguard.errors.UsageException;
import dev.confguard.source.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code confguard install-hook}: a plain git pre-commit hook for teams without the pre-commit framework. */
@Command(name = "install-hook", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Write .git/hooks/pre-commit running 'confguard check --staged --offline'. Refuses to replace an "
                + "existing hook without --force.")
final class InstallHookCommand extends TerminalCommand {
    @Option(names = "--force", description = "Replace an existing pre-commit hook.")
    boolean force;

    @Override
    public Integer call() {
        Git git = Git.at(terminal.cwd());
        Path hooks = git.workTree().resolve(".git/hooks");
        Path hook = hooks.resolve("pre-commit");
        if (Files.exists(hook) && !force) {
            throw new UsageException(hook + " already exists; use --force to replace it");
        }
        try {
            Files.createDirectories(hooks);
            AtomicFiles.write(hook, script().getBytes(StandardCharsets.UTF_8));
            Files.setPosixFilePermissions(hook, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (IOException e) {
            throw new UsageException("cannot write " + hook + ": " + e.getMessage(), e);
        }
        terminal.err().println("confguard: installed " + hook);
        return ExitCode.CLEAN;
    }

    /** Prefers a confguard on PATH; falls back to the jar this command runs from. */
    static String script() {
        String jar = jarPath();
        return "#!/bin/sh\n"
                + "# Installed by 'confguard install-hook': checks the staged configuration before each commit.\n"
                + "if command -v confguard >/dev/null 2>&1; then\n"
                + "  exec confguard check --staged --offline\n"
                + "fi\n"
                + (jar == null ? "echo 'confguard: not found on PATH' >&2\nexit 2\n"
                        : "exec java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar '" + jar.replace("'", "'\\''")
                                + "' check --staged --offline\n");
    }

    private static String jarPath() {
        try {
            Path p = Path.of(InstallHookCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return p.toString().endsWith(".jar") ? p.toAbsolutePath().toString() : null;
        } catch (Exception e) {
            return null;
        }
    }
}
