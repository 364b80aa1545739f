package dev.confguard.cli;

import dev.confguard.errors.ExitCode;
import dev.confguard.errors.UsageException;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code confguard completion bash|zsh}: a completion script generated from the command tree
 * itself (picocli's AutoComplete), so it never drifts from the options. zsh uses the bash script
 * through {@code bashcompinit}.
 */
@Command(name = "completion", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Print a shell completion script. bash: source <(confguard completion bash); "
                + "zsh: source <(confguard completion zsh).")
final class CompletionCommand extends TerminalCommand {
    @Parameters(paramLabel = "SHELL", defaultValue = "bash", description = "bash or zsh (default: bash).")
    String shell;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine root = spec.root().commandLine();
        String script = AutoComplete.bash("confguard", root);
        switch (shell) {
            case "bash":
                terminal.out().print(script);
                break;
            case "zsh":
                terminal.out().print("autoload -U +X compinit && compinit\nautoload -U +X bashcompinit && bashcompinit\n"
                        + script);
                break;
            default:
                throw new UsageException("unknown shell '" + shell + "' (expected bash or zsh)");
        }
        terminal.out().flush();
        return ExitCode.CLEAN;
    }
}
