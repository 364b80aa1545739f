package dev.confguard.cli;

import dev.confguard.errors.ExitCode;
import dev.confguard.errors.UsageException;
import dev.confguard.source.AtomicFiles;
import dev.confguard.workspace.Workspace;
import dev.confguard.workspace.WorkspaceInit;
import dev.confguard.workspace.ZeroConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code confguard init}: a commented starter {@code .confguard.yaml} for the tree it finds. */
@Command(name = "init", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Write a commented starter .confguard.yaml describing the services, environments and layers found.")
final class InitCommand extends TerminalCommand {
    @Parameters(paramLabel = "DIR", arity = "0..1", description = "The workspace root (default: the current folder).")
    String dir;

    @Option(names = "--force", description = "Overwrite an existing .confguard.yaml.")
    boolean force;

    @Option(names = "--stdout", description = "Print the configuration instead of writing it.")
    boolean stdout;

    @Override
    public Integer call() {
        Path root = terminal.cwd().resolve(dir == null ? "." : dir).normalize();
        if (!Files.isDirectory(root)) {
            throw new UsageException((dir == null ? "." : dir) + ": no such folder");
        }
        Workspace workspace = ZeroConfig.discover(root);
        String text = WorkspaceInit.render(workspace);
        if (stdout) {
            terminal.out().print(text);
            terminal.out().flush();
            return ExitCode.CLEAN;
        }
        Path target = root.resolve(".confguard.yaml");
        if (Files.exists(target) && !force) {
            throw new UsageException(target + " already exists; use --force to overwrite it");
        }
        try {
            AtomicFiles.write(target, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UsageException("cannot write " + target + ": " + e.getMessage(), e);
        }
        terminal.err().println("confguard: wrote " + target + " (" + workspace.services().size() + " services, "
                + workspace.environments().size() + " environments)");
        return ExitCode.CLEAN;
    }
}
