package dev.confguard.bench;

import dev.confguard.resolve.ResolveOptions;
import dev.confguard.resolve.ResolvedConfig;
import dev.confguard.resolve.Resolver;
import dev.confguard.resolve.SourceCache;
import dev.confguard.workspace.Workspace;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A by-hand measurement, not a test: wall time and peak heap of resolving a large generated workspace
 * (default 2,000 services x 4 environments, 25 keys per file). Peak heap is sampled every
 * millisecond (garbage included); the retained figure is the heap after a full GC with the results
 * still referenced.
 *
 * <p>Run: {@code java -Xmx2g -cp target/test-classes:target/classes:<classpath> dev.confguard.bench.ResolveScale [services] [keys]}.
 */
public final class ResolveScale {
    private ResolveScale() {
    }

    public static void main(String[] args) throws Exception {
        int services = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int keys = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        Path root = Files.createTempDirectory("confguard-resolve-scale");
        try {
            long t0 = System.nanoTime();
            Workspace workspace = GeneratedWorkspace.write(root, services, keys);
            System.out.printf(Locale.ROOT, "generated %d services x %d environments in %.1f s%n", services,
                    workspace.environments().size(), (System.nanoTime() - t0) / 1e9);
            System.gc();
            long baseline = used();
            AtomicLong peak = new AtomicLong(baseline);
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peak.accumulateAndGet(used(), Math::max);
                    try {
                        Thread.sleep(1);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.setDaemon(true);
            sampler.start();
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                pool.resetPeakUsage();
            }

            SourceCache cache = new SourceCache(root);
            long start = System.nanoTime();
            List<ResolvedConfig> all = new Resolver(workspace, cache, ResolveOptions.of(root)).resolveAll(List.of(), List.of());
            long cold = System.nanoTime() - start;
            sampler.interrupt();
            sampler.join();
            long poolPeaks = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    poolPeaks += pool.getPeakUsage().getUsed();
                }
            }
            System.gc();
            long retained = used() - baseline;
            int configs = all.size();
            long values = all.stream().mapToLong(c -> c.values().size()).sum();
            long issues = all.stream().mapToLong(c -> c.issues().size()).sum();
            all = null;
            System.gc();
            long cacheOnly = used() - baseline;

            long warm = Long.MAX_VALUE;
            for (int i = 0; i < 3; i++) {
                start = System.nanoTime();
                List<ResolvedConfig> again = new Resolver(workspace, cache, ResolveOptions.of(root))
                        .resolveAll(List.of(), List.of());
                warm = Math.min(warm, System.nanoTime() - start);
                if (again.size() != configs) {
                    throw new IllegalStateException("runs differ");
                }
            }

            System.out.printf(Locale.ROOT, "cores %d, max heap %d MiB%n", Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() >> 20);
            System.out.printf(Locale.ROOT, "%d configs, %d values, %d issues, %d files parsed%n", configs, values,
                    issues, cache.parseCount());
            System.out.printf(Locale.ROOT, "cold run (read + parse + resolve): %.2f s; warm cache, best of 3: %.2f s%n",
                    cold / 1e9, warm / 1e9);
            System.out.printf(Locale.ROOT, "cold run peak heap used (sampled, garbage included): %d MiB; sum of pool peaks: %d MiB%n",
                    peak.get() >> 20, poolPeaks >> 20);
            System.out.printf(Locale.ROOT, "retained after GC: %d MiB (results %d MiB, cached documents and readings %d MiB)%n",
                    retained >> 20, (retained - cacheOnly) >> 20, cacheOnly >> 20);
        } finally {
            GeneratedWorkspace.delete(root);
        }
    }

    private static long used() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }
}
