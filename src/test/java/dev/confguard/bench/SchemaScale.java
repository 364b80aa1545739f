package dev.confguard.bench;

import dev.confguard.engine.CheckEngine;
import dev.confguard.engine.CheckRequest;
import dev.confguard.engine.Report;
import dev.confguard.resolve.ResolveOptions;
import dev.confguard.resolve.ResolvedConfig;
import dev.confguard.resolve.Resolver;
import dev.confguard.resolve.SourceCache;
import dev.confguard.rules.RuleRegistry;
import dev.confguard.schema.SchemaSet;
import dev.confguard.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A by-hand measurement, not a test: the share of schema validation in a whole {@code check} run of a
 * large generated workspace (default 2,000 services x 4 environments, 25 keys per file, about 100 keys
 * per resolved configuration, one schema file per service). It times {@code check} without schemas,
 * with them, and with them loaded but the schema rules ignored, alternating the three (median and
 * minimum of 7 rounds after 2 warm-up rounds, each run from a collected heap), and the schema work alone: loading every schema, and
 * validating every configuration (best of 3).
 *
 * <p>Run: {@code java -Xmx6g -XX:+UseParallelGC -cp target/test-classes:target/classes:<classpath>
 * dev.confguard.bench.SchemaScale [services] [keys] [shared]}.
 */
public final class SchemaScale {
    private static final int WARMUP = 2;
    private static final int ROUNDS = 7;

    private SchemaScale() {
    }

    public static void main(String[] args) throws Exception {
        int serviceCount = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int keys = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        boolean shared = args.length > 2 && args[2].equals("shared");
        Path root = Files.createTempDirectory("confguard-schema-scale");
        try {
            Workspace workspace = GeneratedSchemas.write(root, GeneratedWorkspace.write(root, serviceCount, keys), shared);
            System.out.printf(Locale.ROOT, "cores %d, max heap %d MiB; %d services x %d environments, %s%n",
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, serviceCount,
                    workspace.environments().size(), shared ? "one schema shared by all" : "one schema file per service");

            // the three variants alternate, so that JIT warm-up and GC do not favour the one measured last
            long[][] times = new long[3][ROUNDS];
            Report[] reports = new Report[3];
            for (int round = -WARMUP; round < ROUNDS; round++) {
                for (int variant = 0; variant < 3; variant++) {
                    GeneratedSchemas.writeConfig(root, workspace, variant > 0);
                    List<String> ignore = variant == 2 ? List.of("schema") : List.of();
                    System.gc(); // each run starts from a collected heap: a pause left by the previous one is not charged to it
                    long start = System.nanoTime();
                    reports[variant] = check(root, ignore);
                    if (round >= 0) {
                        times[variant][round] = System.nanoTime() - start;
                    }
                }
            }
            long schemaFindings = reports[1].findings().stream().filter(f -> f.ruleId().startsWith("schema/")).count();
            System.out.printf(Locale.ROOT, "check, median (min) of %d alternating runs after %d warm-up rounds:%n",
                    ROUNDS, WARMUP);
            System.out.printf(Locale.ROOT, "  without schemas:                        %s (%d findings)%n",
                    seconds(times[0]), reports[0].findings().size());
            System.out.printf(Locale.ROOT, "  with schemas:                           %s (%d findings, %d schema/*)%n",
                    seconds(times[1]), reports[1].findings().size(), schemaFindings);
            System.out.printf(Locale.ROOT, "  with schemas loaded, schema/* ignored:  %s%n", seconds(times[2]));
            System.out.printf(Locale.ROOT, "schema work's share of the check run (medians): %.1f%%%n",
                    100.0 * (median(times[1]) - median(times[0])) / median(times[1]));

            List<ResolvedConfig> configs = new Resolver(workspace, new SourceCache(root), ResolveOptions.of(root))
                    .resolveAll(List.of(), List.of());
            long values = configs.stream().mapToLong(c -> c.values().size()).sum();
            long load = best(() -> SchemaSet.load(workspace, workspace.services(), root));
            // each run with freshly loaded schemas, as in a check run (their memos start empty)
            long serial = best(() -> {
                SchemaSet schemas = SchemaSet.load(workspace, workspace.services(), root);
                configs.forEach(schemas::validate);
                return null;
            }) - load;
            long parallel = best(() -> {
                SchemaSet schemas = SchemaSet.load(workspace, workspace.services(), root);
                configs.parallelStream().forEach(schemas::validate);
                return null;
            }) - load;
            int files = shared ? 1 : serviceCount;
            System.out.printf(Locale.ROOT, "loading %d schema files: %.2f s (%.2f ms each)%n", files, load / 1e9,
                    load / 1e6 / files);
            System.out.printf(Locale.ROOT, "validating %d configurations (%d values): %.2f s on one thread "
                    + "(%.0f configurations/s, %.0f values/s), %.2f s in parallel%n", configs.size(), values,
                    serial / 1e9, configs.size() / (serial / 1e9), values / (serial / 1e9), parallel / 1e9);
            System.out.printf(Locale.ROOT, "schema work measured alone (loading + parallel validation) against the median "
                    + "check run with schemas: %.1f%%%n", 100.0 * (load + parallel) / median(times[1]));
        } finally {
            GeneratedWorkspace.delete(root);
        }
    }

    private static Report check(Path root, List<String> ignore) {
        return new CheckEngine(RuleRegistry.builtin()).run(new CheckRequest(root, ".", null, List.of(), List.of(),
                List.of(), ignore, 64L << 20, Map.of()));
    }

    /** The best wall time of three runs, after one unmeasured. */
    private static long best(Supplier<?> run) {
        run.get();
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            run.get();
            best = Math.min(best, System.nanoTime() - start);
        }
        return best;
    }

    private static long median(long[] times) {
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String seconds(long[] times) {
        return String.format(Locale.ROOT, "%.2f s (%.2f s)", median(times) / 1e9, Arrays.stream(times).min().getAsLong() / 1e9);
    }
}
