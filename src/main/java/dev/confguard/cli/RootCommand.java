package dev.confguard.cli;

import dev.confguard.errors.ExitCode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code confguard}: the command tree; without a subcommand it prints usage and exits 2. */
@Command(name = "confguard",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Validate and lint the configuration of multi-service, multi-environment repositories.",
        subcommands = {LintCommand.class, FixCommand.class, CheckCommand.class, ResolveCommand.class,
                DiffCommand.class, InitCommand.class, BaselineCommand.class, InstallHookCommand.class,
                RulesCommand.class, ExplainCommand.class, CompletionCommand.class, SchemaCommand.class,
                SecretsCommand.class},
        footer = {"", "Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or unusable input, "
                + "3 a check could not run."})
final class RootCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE;
    }
}
