package dev.confguard.bench;

import dev.confguard.engine.CheckEngine;
import dev.confguard.engine.CheckRequest;
import dev.confguard.engine.Report;
import dev.confguard.rules.RuleRegistry;
import dev.confguard.workspace.Environment;
import dev.confguard.workspace.Service;
import dev.confguard.workspace.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A by-hand measurement, not a test: what rule packs cost on a large generated workspace (default 500
 * services x 4 environments, 25 keys per file; see {@link GeneratedWorkspace}). The same
 * {@code check} runs with no pack, with {@code builtin:core} and with {@code builtin:netra}; each is
 * timed warm (the best of 5 rounds after a warm-up round, the three interleaved) in one JVM, so the difference between them is the packs' cost. CPU time (all threads of the
 * process, GC included) is printed too: on a shared machine it moves less than wall time.
 *
 * <p>Run: {@code java -Xmx2g -cp target/test-classes:target/classes:<classpath> dev.confguard.bench.PackScale [services] [keys]}.
 */
public final class PackScale {
    private PackScale() {
    }

    public static void main(String[] args) throws Exception {
        int services = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int keys = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        Path root = Files.createTempDirectory("confguard-pack-scale");
        try {
            Workspace workspace = GeneratedWorkspace.write(root, services, keys);
            writeConfig(root, workspace);
            System.out.printf(Locale.ROOT, "%d services x %d environments, %d keys per file; cores %d, max heap %d MiB%n",
                    services, workspace.environments().size(), keys, Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() >> 20);
            List<String> variants = List.of("none", "builtin:core", "builtin:netra");
            long[] best = new long[variants.size()];
            long[] bestCpu = new long[variants.size()];
            java.util.Arrays.fill(bestCpu, Long.MAX_VALUE);
            com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            int[] findings = new int[variants.size()];
            java.util.Arrays.fill(best, Long.MAX_VALUE);
            for (int round = 0; round < 6; round++) {
                for (int v = 0; v < variants.size(); v++) {
                    String pack = variants.get(v);
                    CheckRequest request = new CheckRequest(root, ".", null, List.of(), List.of(), List.of(), List.of(),
                            64L << 20, Map.of(), pack.equals("none") ? List.of() : List.of(pack), Map.of());
                    long cpu = os.getProcessCpuTime();
                    long start = System.nanoTime();
                    Report report = new CheckEngine(RuleRegistry.builtin()).run(request);
                    long took = System.nanoTime() - start;
                    cpu = os.getProcessCpuTime() - cpu;
                    findings[v] = report.findings().size();
                    if (round > 0) {
                        best[v] = Math.min(best[v], took);
                        bestCpu[v] = Math.min(bestCpu[v], cpu);
                    }
                }
            }
            for (int v = 0; v < variants.size(); v++) {
                System.out.printf(Locale.ROOT, "%-14s best of 5: wall %5.2f s (%+5.2f s), CPU %5.2f s (%+5.2f s against no "
                        + "pack), %d findings%n", variants.get(v), best[v] / 1e9, (best[v] - best[0]) / 1e9,
                        bestCpu[v] / 1e9, (bestCpu[v] - bestCpu[0]) / 1e9, findings[v]);
            }
        } finally {
            GeneratedWorkspace.delete(root);
        }
    }

    /** The generated workspace as a .confguard.yaml; {@code rules.packs} is empty, --rules adds them. */
    private static void writeConfig(Path root, Workspace workspace) throws java.io.IOException {
        StringBuilder config = new StringBuilder("version: 1\nyamlKeys: env\nenvironments:\n");
        for (Environment e : workspace.environments()) {
            config.append("  - name: ").append(e.name()).append("\n    aliases: [")
                    .append(String.join(", ", e.aliases())).append("]\n    deployed: ").append(e.deployed()).append('\n');
        }
        config.append("services:\n");
        for (Service s : workspace.services()) {
            config.append("  - name: ").append(s.name()).append("\n    path: ").append(s.path()).append('\n');
        }
        config.append("hierarchy:\n");
        workspace.hierarchy().forEach(l -> config.append("  - path: \"").append(l.pattern()).append("\"\n    required: ")
                .append(l.required()).append('\n'));
        config.append("rules:\n  packs: []\n");
        Files.writeString(root.resolve(".confguard.yaml"), config, StandardCharsets.UTF_8);
    }
}
