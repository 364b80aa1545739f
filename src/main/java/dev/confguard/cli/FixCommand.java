package dev.confguard.cli;

import dev.confguard.engine.InputError;
import dev.confguard.errors.ExitCode;
import dev.confguard.errors.UsageException;
import dev.confguard.fix.FixEngine;
import dev.confguard.fix.FixLoop;
import dev.confguard.fix.FixRequest;
import dev.confguard.dotenv.DotenvParser;
import dev.confguard.fix.UnifiedDiff;
import dev.confguard.secrets.SecretMask;
import dev.confguard.report.OutputFormat;
import dev.confguard.rules.RuleRegistry;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code confguard fix}: apply the fixes rules propose (safe ones unless asked), then report what remains. */
@Command(name = "fix", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Fix .env files in place: safe fixes by default (they never change what python-dotenv, "
                + "node's dotenv or dotenv-java read), then report the findings that remain.")
final class FixCommand extends TerminalCommand {
    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Files or folders to fix (default: the current folder).")
    List<String> paths = new ArrayList<>();

    @Option(names = "--unsafe-fixes",
            description = "Also apply unsafe fixes (key case, quoting, duplicates, export, BOM), which may "
                    + "change what a loader reads.")
    boolean unsafeFixes;

    @Option(names = "--dry-run", description = "Write nothing; print the unified diff of what would change.")
    boolean dryRun;

    @Option(names = "--diff", description = "Print a unified diff of each changed file.")
    boolean diff;

    @Option(names = "--max-file-size", paramLabel = "MIB", defaultValue = "64",
            description = "Refuse files larger than this many MiB (default: ${DEFAULT-VALUE}).")
    long maxFileMib;

    @Mixin
    ReportOptions report;

    @Override
    public Integer call() {
        var threshold = report.failOnSeverity();
        if (paths.contains("-")) {
            throw new UsageException("fix does not read standard input ('-'); give the files or folders to fix");
        }
        List<String> targets = paths.isEmpty() ? List.of(".") : paths;
        FixRequest request = new FixRequest(terminal.cwd(), targets, report.select, report.ignore,
                maxFileMib * 1024 * 1024, unsafeFixes, dryRun);
        FixEngine.Run run = new FixEngine(RuleRegistry.builtin()).run(request);
        boolean abandoned = false;
        for (FixLoop.Result file : run.files()) {
            if (file.abandoned() != null) {
                abandoned = true;
                terminal.err().println("confguard: warning: " + file.original().displayPath() + ": " + file.abandoned());
            }
            if ((diff || dryRun) && file.changed()) {
                terminal.out().print(UnifiedDiff.of(file.original().displayPath(), file.original().text(),
                        file.fixed().text(), SecretMask.of(DotenvParser.parse(file.original())),
                        SecretMask.of(DotenvParser.parse(file.fixed()))));
            }
        }
        if (!dryRun) {
            // Keep a machine-readable report alone on stdout.
            PrintWriter summary = report.format != OutputFormat.TEXT && report.output == null ? terminal.err()
                    : terminal.out();
            for (FixLoop.Result file : run.files()) {
                if (file.changed()) {
                    summary.println("fixed " + file.fixedCount() + (file.fixedCount() == 1 ? " problem" : " problems")
                            + " in " + file.fixed().displayPath());
                }
            }
            summary.flush();
            ReportWriter.write(run.report(), report, terminal);
        }
        terminal.out().flush();
        for (InputError error : run.report().errors()) {
            terminal.err().println("confguard: error: " + error.message());
        }
        if (!run.report().errors().isEmpty()) {
            return ExitCode.USAGE;
        }
        if (abandoned) {
            return ExitCode.INCOMPLETE;
        }
        return run.report().failsAt(threshold) ? ExitCode.FINDINGS : ExitCode.CLEAN;
    }
}
