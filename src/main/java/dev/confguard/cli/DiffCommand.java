package dev.confguard.cli;

import dev.confguard.engine.WorkspaceRun;
import dev.confguard.errors.ExitCode;
import dev.confguard.errors.UsageException;
import dev.confguard.report.EnvironmentDiff;
import dev.confguard.report.EnvironmentDiffWriter;
import dev.confguard.resolve.ResolvedConfig;
import dev.confguard.workspace.Service;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code confguard diff}: keys set in one environment and missing in the other, per service. */
@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Compare two environments: per service, the keys set in one and not the other, with "
                + "where each is set. Exits 1 when any service differs.")
final class DiffCommand extends TerminalCommand {
    @Parameters(paramLabel = "DIR", arity = "0..1",
            description = "Where to start looking for .confguard.yaml (default: the current folder).")
    String dir;

    @Option(names = {"-e", "--env"}, paramLabel = "NAME", required = true, arity = "1",
            description = "An environment; give exactly two.")
    List<String> environments = new ArrayList<>();

    @Option(names = {"-s", "--service"}, paramLabel = "NAME", split = ",", description = "Only these services.")
    List<String> services = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json.")
    String format;

    @Mixin
    WorkspaceOptions workspace;

    @Override
    public Integer call() {
        if (environments.size() != 2) {
            throw new UsageException("diff needs exactly two environments (--env A --env B), got "
                    + environments.size());
        }
        String fmt = format.toLowerCase(Locale.ROOT);
        if (!fmt.equals("text") && !fmt.equals("json")) {
            throw new UsageException("--format: expected text or json, got '" + format + "'");
        }
        return WorkspaceErrors.guard(terminal, () -> {
            WorkspaceRun run = WorkspaceRun.open(terminal.cwd(), dir, workspace.config, workspace.maxFileBytes(),
                    workspace.processEnv(terminal));
            String left = run.requireEnvironment(environments.get(0)).name();
            String right = run.requireEnvironment(environments.get(1)).name();
            List<ResolvedConfig> configs = run.resolve(services, List.of(left, right));
            Map<String, ResolvedConfig> byPair = new HashMap<>();
            for (ResolvedConfig c : configs) {
                byPair.put(c.service().name() + "\u0000" + c.environment().name(), c);
            }
            List<EnvironmentDiff> diffs = new ArrayList<>();
            for (Service s : run.workspace().services()) {
                ResolvedConfig l = byPair.get(s.name() + "\u0000" + left);
                ResolvedConfig r = byPair.get(s.name() + "\u0000" + right);
                if (l != null && r != null) {
                    diffs.add(EnvironmentDiff.of(l, r));
                }
            }
            try {
                if (fmt.equals("json")) {
                    EnvironmentDiffWriter.json(diffs, left, right, terminal.out());
                } else {
                    EnvironmentDiffWriter.text(diffs, left, right, terminal.out());
                }
            } catch (IOException e) {
                throw new UsageException("cannot write the diff: " + e.getMessage(), e);
            }
            return diffs.stream().allMatch(EnvironmentDiff::isEmpty) ? ExitCode.CLEAN : ExitCode.FINDINGS;
        });
    }
}
