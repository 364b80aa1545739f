package dev.confguard.cli;

import dev.confguard.engine.LintEngine;
import dev.confguard.engine.LintRequest;
import dev.confguard.engine.Report;
import dev.confguard.rules.RuleRegistry;
import dev.confguard.rules.pack.KnownRuleIds;
import dev.confguard.rules.pack.PackSet;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code confguard lint}: the fast, offline, files-only path the pre-commit hook uses. */
@Command(name = "lint", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Lint .env files: every file given, and every .env and .env.* file below each folder given.")
final class LintCommand extends TerminalCommand {
    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Files or folders to lint ('-' reads standard input; default: the current folder).")
    List<String> paths = new ArrayList<>();

    @Option(names = "--stdin-filename", paramLabel = "NAME", description = "The name to report standard input as.")
    String stdinFilename;

    @Option(names = "--max-file-size", paramLabel = "MIB", defaultValue = "64",
            description = "Refuse files larger than this many MiB (default: ${DEFAULT-VALUE}).")
    long maxFileMib;

    @Mixin
    ReportOptions report;

    @Mixin
    BaselineOption baseline;

    @Override
    public Integer call() {
        var threshold = report.failOnSeverity();
        List<String> targets = paths.isEmpty() ? List.of(".") : paths;
        LintRequest request = new LintRequest(terminal.cwd(), targets, stdinFilename, report.select, report.ignore,
                maxFileMib * 1024 * 1024);
        RuleRegistry registry = RuleRegistry.builtin();
        for (String selector : report.select) {
            registry = registry.knowsSelector(selector) ? registry : PackSet.catalogRegistry();
        }
        for (String selector : report.ignore) {
            registry = registry.knowsSelector(selector) ? registry : PackSet.catalogRegistry();
        }
        Report result = baseline.apply(new LintEngine(registry, new KnownRuleIds()).run(request, terminal.in()),
                terminal);
        ReportWriter.write(result, report, terminal);
        return ReportWriter.exitCode(result, threshold, terminal);
    }
}
