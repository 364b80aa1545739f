package dev.confguard.cli;

import dev.confguard.engine.WorkspaceRun;
import dev.confguard.errors.ExitCode;
import dev.confguard.errors.UsageException;
import dev.confguard.source.AtomicFiles;
import dev.confguard.resolve.ResolvedConfig;
import dev.confguard.schema.SchemaInference;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code confguard schema}: service schemas; {@code infer} writes a starter one. */
@Command(name = "schema", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Work with the JSON Schemas of services.",
        subcommands = SchemaCommand.Infer.class)
final class SchemaCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE;
    }

    /** {@code confguard schema infer}: a starter schema from what a service's environments set. */
    @Command(name = "infer", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Write a starter JSON Schema (draft-07) for a service from the keys and values its "
                    + "environments set: types, formats, small enums, x-secret for secret keys (whose values never "
                    + "appear), required keys per environment.")
    static final class Infer extends TerminalCommand {
        @Parameters(paramLabel = "DIR", arity = "0..1",
                description = "Where to start looking for .confguard.yaml (default: the current folder).")
        String dir;

        @Option(names = {"-s", "--service"}, paramLabel = "NAME", required = true, description = "The service.")
        String service;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
        Path output;

        @Mixin
        WorkspaceOptions workspace;

        @Override
        public Integer call() {
            return WorkspaceErrors.guard(terminal, () -> {
                WorkspaceRun run = WorkspaceRun.open(terminal.cwd(), dir, workspace.config, workspace.maxFileBytes(),
                        workspace.processEnv(terminal));
                String name = run.requireService(service).name();
                List<ResolvedConfig> configs = run.resolve(List.of(name), List.of());
                java.util.Set<String> marked = new java.util.HashSet<>();
                dev.confguard.schema.SchemaSet current = dev.confguard.schema.SchemaSet.load(run.workspace(),
                        java.util.List.of(run.requireService(service)), terminal.cwd());
                configs.forEach(c -> marked.addAll(current.secretKeys(c)));
                String schema = SchemaInference.infer(name, configs, marked);
                if (output == null) {
                    terminal.out().print(schema);
                    terminal.out().flush();
                    return ExitCode.CLEAN;
                }
                try {
                    Path target = terminal.cwd().resolve(output);
                    if (target.getParent() != null) {
                        Files.createDirectories(target.getParent());
                    }
                    AtomicFiles.write(target, schema.getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UsageException("cannot write " + output + ": " + e.getMessage(), e);
                }
                terminal.err().println("confguard: wrote a starter schema for " + name + " to " + output
                        + "; review it, then name it in .confguard.yaml (services[].schema)");
                return ExitCode.CLEAN;
            });
        }
    }
}
