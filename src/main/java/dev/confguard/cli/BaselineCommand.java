package dev.confguard.cli;

import dev.confguard.engine.CheckEngine;
import dev.confguard.engine.CheckRequest;
import dev.confguard.engine.Report;
import dev.confguard.errors.ExitCode;
import dev.confguard.errors.UsageException;
import dev.confguard.findings.Baseline;
import dev.confguard.report.FlaggedText;
import dev.confguard.rules.RuleRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code confguard baseline create|update|prune}: record today's findings so CI reports only new ones. */
@Command(name = "baseline", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Manage the baseline of accepted findings: create records every current finding, update "
                + "rewrites it from the current findings, prune drops entries that no longer match any finding.")
final class BaselineCommand extends TerminalCommand {
    @Parameters(index = "0", paramLabel = "ACTION", description = "create, update or prune.")
    String action;

    @Parameters(index = "1", paramLabel = "DIR", arity = "0..1",
            description = "Where to start looking for .confguard.yaml (default: the current folder).")
    String dir;

    @Option(names = {"-f", "--file"}, paramLabel = "FILE", defaultValue = Baseline.DEFAULT_FILE,
            description = "The baseline file (default: ${DEFAULT-VALUE}).")
    Path file;

    @Option(names = "--force", description = "Let create overwrite an existing baseline.")
    boolean force;

    @Option(names = {"-s", "--service"}, paramLabel = "NAME", split = ",", description = "Only these services.")
    List<String> services = new ArrayList<>();

    @Option(names = {"-e", "--env"}, paramLabel = "NAME", split = ",", description = "Only these environments.")
    List<String> environments = new ArrayList<>();

    @Option(names = "--select", paramLabel = "RULE", split = ",", description = "Only these rules or categories.")
    List<String> select = new ArrayList<>();

    @Option(names = "--ignore", paramLabel = "RULE", split = ",", description = "Not these rules or categories.")
    List<String> ignore = new ArrayList<>();

    @Mixin
    WorkspaceOptions workspace;

    @Override
    public Integer call() {
        if (!List.of("create", "update", "prune").contains(action)) {
            throw new UsageException("unknown baseline action '" + action + "' (expected create, update or prune)");
        }
        Path target = terminal.cwd().resolve(file);
        if (action.equals("create") && Files.exists(target) && !force) {
            throw new UsageException(file + " already exists; use 'baseline update', or create --force");
        }
        return WorkspaceErrors.guard(terminal, () -> {
            CheckRequest request = new CheckRequest(terminal.cwd(), dir, workspace.config, services, environments,
                    select, ignore, workspace.maxFileBytes(), workspace.processEnv(terminal));
            Report report = new CheckEngine(RuleRegistry.builtin()).run(request);
            if (!report.errors().isEmpty()) {
                report.errors().forEach(e -> terminal.err().println("confguard: error: " + e.message()));
                return ExitCode.USAGE;
            }
            if (action.equals("prune")) {
                Baseline old = Baseline.load(target);
                Baseline.Match match = old.match(report.findings(), f -> FlaggedText.fingerprint(report, f));
                old.without(match.unmatched()).write(target);
                for (Baseline.Entry e : match.unmatched()) {
                    terminal.out().println("pruned " + e.ruleId() + " in " + e.file()
                            + (e.key() == null ? "" : " (" + e.key() + ")"));
                }
                terminal.out().println("Pruned " + match.unmatched().size() + " of " + old.entries().size()
                        + " entries from " + file + ".");
            } else {
                Baseline baseline = Baseline.of(report.findings(), f -> FlaggedText.fingerprint(report, f));
                baseline.write(target);
                terminal.out().println("Recorded " + report.findings().size() + " findings as "
                        + baseline.entries().size() + " entries in " + file + ".");
            }
            terminal.out().flush();
            return ExitCode.CLEAN;
        });
    }
}
