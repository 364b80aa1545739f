package dev.confguard.cli;

import dev.confguard.engine.CheckEngine;
import dev.confguard.engine.CheckRequest;
import dev.confguard.engine.InputError;
import dev.confguard.engine.Report;
import dev.confguard.errors.ExitCode;
import dev.confguard.rules.RuleRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code confguard check}: the main command; every file rule and every resolved (service, environment). */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Check a workspace: lint every .env and config layer, resolve every service in every "
                + "environment, and report what is wrong where.")
final class CheckCommand implements Callable<Integer>, TerminalAware {
    @Parameters(paramLabel = "DIR", arity = "0..1",
            description = "Where to start looking for .confguard.yaml (default: the current folder).")
    String dir;

    @Option(names = {"-s", "--service"}, paramLabel = "NAME", split = ",", description = "Only these services.")
    List<String> services = new ArrayList<>();

    @Option(names = {"-e", "--env"}, paramLabel = "NAME", split = ",", description = "Only these environments.")
    List<String> environments = new ArrayList<>();

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
    ReportOptions report;

    private Terminal terminal;

    @Override
    public void setTerminal(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        var threshold = report.failOnSeverity();
        return WorkspaceErrors.guard(terminal, () -> {
            CheckRequest request = new CheckRequest(terminal.cwd(), dir, workspace.config, services, environments,
                    report.select, report.ignore, workspace.maxFileBytes(), workspace.processEnv(terminal), rulePacks,
                    ruleOptions);
            Report result = new CheckEngine(RuleRegistry.builtin()).run(request);
            ReportWriter.write(result, report, terminal);
            for (InputError error : result.errors()) {
                terminal.err().println("confguard: error: " + error.message());
            }
            if (!result.errors().isEmpty()) {
                return ExitCode.USAGE;
            }
            return result.failsAt(threshold) ? ExitCode.FINDINGS : ExitCode.CLEAN;
        });
    }
}
