package dev.confguard.cli;

import dev.confguard.engine.AuditRequest;
import dev.confguard.engine.SecretAuditEngine;
import dev.confguard.errors.ExitCode;
import dev.confguard.errors.UsageException;
import dev.confguard.report.AuditJsonWriter;
import dev.confguard.report.AuditTextWriter;
import dev.confguard.secrets.audit.SecretAudit;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code confguard secrets}: audit the references of a workspace, export an inventory. */
@Command(name = "secrets", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Audit secret references against Secret Manager or an inventory, and export inventories.",
        subcommands = {SecretsCommand.Audit.class, InventoryCommand.class})
final class SecretsCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE;
    }

    /** {@code confguard secrets audit}. */
    @Command(name = "audit", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "List every secret reference with its status, references pinned to an old version, "
                    + "versions older than --max-age, and secrets nothing references. Exit 1 when a reference "
                    + "is broken, 3 when the store could not answer.")
    static final class Audit extends TerminalCommand {
        @Parameters(paramLabel = "DIR", arity = "0..1",
                description = "Where to start looking for .confguard.yaml (default: the current folder).")
        String dir;

        @Option(names = {"-s", "--service"}, paramLabel = "NAME", split = ",", description = "Only these services.")
        List<String> services = new ArrayList<>();

        @Option(names = {"-e", "--env"}, paramLabel = "NAME", split = ",", description = "Only these environments.")
        List<String> environments = new ArrayList<>();

        @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
                description = "text or json (default: ${DEFAULT-VALUE}).")
        String format;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
        java.nio.file.Path output;

        @Option(names = "--max-age", paramLabel = "AGE", defaultValue = "90d",
                description = "Report versions in use older than this: 90d, 12w, 36h (default: ${DEFAULT-VALUE}).")
        String maxAge;

        @Option(names = "--as-of", paramLabel = "TIME",
                description = "Measure ages as of this time (RFC 3339, 2026-11-01T00:00:00Z) instead of now.")
        String asOf;

        @Mixin
        WorkspaceOptions workspace;

        @Mixin
        SecretsModeOptions secrets;

        @Override
        public Integer call() {
            return WorkspaceErrors.guard(terminal, () -> {
                if (!format.equals("text") && !format.equals("json")) {
                    throw new UsageException("--format must be text or json, not '" + format + "'");
                }
                Duration age = Ages.parse(maxAge);
                Instant now = now();
                try (TerminalProgress progress = TerminalProgress.on(terminal)) {
                    SecretAudit audit = SecretAuditEngine.run(new AuditRequest(terminal.cwd(), dir, workspace.config,
                            services, environments, workspace.maxFileBytes(), workspace.processEnv(terminal),
                            secrets.toOptions(progress), age, now));
                    progress.close();
                    write(audit);
                    for (String reason : audit.incomplete()) {
                        terminal.err().println("confguard: incomplete: " + reason);
                    }
                    if (!audit.incomplete().isEmpty()) {
                        return ExitCode.INCOMPLETE;
                    }
                    return audit.broken() > 0 ? ExitCode.FINDINGS : ExitCode.CLEAN;
                }
            });
        }

        private Instant now() {
            if (asOf == null) {
                return Instant.now();
            }
            try {
                return Instant.parse(asOf);
            } catch (DateTimeParseException e) {
                throw new UsageException("--as-of must be an RFC 3339 time such as 2026-11-01T00:00:00Z, not '"
                        + asOf + "'");
            }
        }

        private void write(SecretAudit audit) {
            StringWriter buffer = new StringWriter();
            try {
                if (format.equals("json")) {
                    AuditJsonWriter.write(audit, buffer);
                } else {
                    AuditTextWriter.write(audit, buffer);
                }
                if (output == null) {
                    terminal.out().print(buffer);
                    terminal.out().flush();
                } else {
                    dev.confguard.source.AtomicFiles.write(terminal.cwd().resolve(output),
                            buffer.toString().getBytes(StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UsageException("cannot write the audit to " + output + ": " + e.getMessage(), e);
            }
        }
    }
}
