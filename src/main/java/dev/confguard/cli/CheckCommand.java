package dev.confguard.cli;

import dev.confguard.engine.CheckEngine;
import dev.confguard.engine.CheckRequest;
import dev.confguard.engine.Report;
import dev.confguard.engine.StagedSnapshot;
import dev.confguard.errors.UsageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.confguard.rules.RuleRegistry;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code confguard check}: the main command; every file rule and every resolved (service, environment). */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Check a workspace: lint every .env and config layer, resolve every service in every "
                + "environment, and report what is wrong where.")
final class CheckCommand extends TerminalCommand {
    @Parameters(paramLabel = "DIR", arity = "0..1",
            description = "Where to start looking for .confguard.yaml (default: the current folder).")
    String dir;

    @Option(names = {"-s", "--service"}, paramLabel = "NAME", split = ",", description = "Only these services.")
    List<String> services = new ArrayList<>();

    @Option(names = {"-e", "--env"}, paramLabel = "NAME", split = ",", description = "Only these environments.")
    List<String> environments = new ArrayList<>();

    @Option(names = "--staged",
            description = "Check what is staged for commit (the git index), not the working tree.")
    boolean staged;

    @Option(names = "--changed-since", paramLabel = "REF",
            description = "Report only findings in files changed since this git ref, and cross-file findings "
                    + "that involve one.")
    String changedSince;

    @Option(names = "--rules", paramLabel = "PACK",
            description = "Run these rule packs instead of the workspace's rules.packs: builtin:core, builtin:netra or "
                    + "a pack file (repeatable).")
    List<String> rulePacks = new ArrayList<>();

    @Option(names = "--rule-option", paramLabel = "PACK.NAME=CHOICE",
            description = "Choose a rule pack option (repeatable), over the workspace's rules.options.")
    java.util.Map<String, String> ruleOptions = new java.util.LinkedHashMap<>();

    @Mixin
    WorkspaceOptions workspace;

    @Mixin
    SecretsModeOptions secrets;

    @Mixin
    ReportOptions report;

    @Mixin
    BaselineOption baseline;

    @Override
    public Integer call() {
        var threshold = report.failOnSeverity();
        return WorkspaceErrors.guard(terminal, () -> {
            if (!staged) {
                return run(terminal.cwd(), threshold);
            }
            try (StagedSnapshot snapshot = StagedSnapshot.of(terminal.cwd().resolve(dir == null ? "." : dir))) {
                Path inRepo = snapshot.workTree().relativize(terminal.cwd().toAbsolutePath().normalize());
                Path cwd = snapshot.root().resolve(inRepo.toString());
                try {
                    Files.createDirectories(cwd);
                } catch (IOException e) {
                    throw new UsageException("cannot prepare the staged snapshot: " + e.getMessage(), e);
                }
                return run(cwd, threshold);
            }
        });
    }

    private int run(Path cwd, dev.confguard.findings.Severity threshold) {
        {
            CheckRequest request = new CheckRequest(cwd, dir, workspace.config, services, environments,
                    report.select, report.ignore, workspace.maxFileBytes(), workspace.processEnv(terminal), rulePacks,
                    ruleOptions, secrets.toOptions(null));
            Report result = baseline.apply(new CheckEngine(RuleRegistry.builtin()).run(request), terminal);
            if (changedSince != null) {
                result = ChangedFiles.keepTouching(result, changedSince, terminal.cwd(), cwd);
            }
            ReportWriter.write(result, report, terminal);
            return ReportWriter.exitCode(result, threshold, terminal);
        }
    }
}
