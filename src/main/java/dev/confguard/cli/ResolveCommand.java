package dev.confguard.cli;

import dev.confguard.engine.WorkspaceRun;
import dev.confguard.errors.ExitCode;
import dev.confguard.errors.UsageException;
import dev.confguard.report.ResolvedConfigWriter;
import dev.confguard.secrets.verify.MappingFiles;
import dev.confguard.secrets.verify.ReferenceSite;
import dev.confguard.secrets.verify.SecretReferences;
import dev.confguard.resolve.ResolvedConfig;
import dev.confguard.schema.SchemaSet;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code confguard resolve}: the effective configuration of one service in one environment. */
@Command(name = "resolve", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Print the configuration one service sees in one environment, and where each value comes "
                + "from. Secret values are always redacted.")
final class ResolveCommand extends TerminalCommand {
    @Parameters(paramLabel = "DIR", arity = "0..1",
            description = "Where to start looking for .confguard.yaml (default: the current folder).")
    String dir;

    @Option(names = {"-s", "--service"}, paramLabel = "NAME", required = true, description = "The service.")
    String service;

    @Option(names = {"-e", "--env"}, paramLabel = "NAME", required = true, description = "The environment.")
    String environment;

    @Option(names = "--show-origin", description = "Show the file:line:col of every value and what it overrides.")
    boolean showOrigin;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ResolvedConfigWriter.Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    java.nio.file.Path output;

    @Mixin
    WorkspaceOptions workspace;

    @Override
    public Integer call() {
        return WorkspaceErrors.guard(terminal, () -> {
            WorkspaceRun run = WorkspaceRun.open(terminal.cwd(), dir, workspace.config, workspace.maxFileBytes(),
                    workspace.processEnv(terminal));
            List<ResolvedConfig> configs = run.resolve(List.of(service), List.of(environment));
            ResolvedConfig config = configs.get(0);
            // the schema's x-secret keys are redacted too, so a schema that cannot be read stops here
            Set<String> secret = SchemaSet.load(run.workspace(), List.of(config.service()), terminal.cwd())
                    .secretKeys(config);
            List<ReferenceSite> mappings = new java.util.ArrayList<>();
            MappingFiles mappingFiles = new MappingFiles(run.cache(), terminal.cwd(), workspace.maxFileBytes());
            for (ReferenceSite site : SecretReferences.collect(run.workspace(), configs, mappingFiles)) {
                if (!site.form().equals("value")) {
                    mappings.add(site);
                }
            }
            mappingFiles.loaded().forEach((path, read) -> {
                if (read.error() != null) {
                    terminal.err().println("confguard: warning: " + read.file() + ": " + read.error());
                }
            });
            try {
                if (output == null) {
                    ResolvedConfigWriter.write(config, secret, mappings, format, showOrigin, terminal.out());
                } else {
                    StringWriter buffer = new StringWriter();
                    ResolvedConfigWriter.write(config, secret, mappings, format, showOrigin, buffer);
                    dev.confguard.source.AtomicFiles.write(terminal.cwd().resolve(output),
                            buffer.toString().getBytes(StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UsageException("cannot write " + output + ": " + e.getMessage(), e);
            }
            return ExitCode.CLEAN;
        });
    }
}
