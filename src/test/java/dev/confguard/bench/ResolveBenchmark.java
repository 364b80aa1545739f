package dev.confguard.bench;

import dev.confguard.resolve.ResolveOptions;
import dev.confguard.resolve.ResolvedConfig;
import dev.confguard.resolve.Resolver;
import dev.confguard.resolve.SourceCache;
import dev.confguard.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Resolving every (service, environment) pair of a generated workspace, 200 services x 4
 * environments, 5 layers, 25 keys per file. {@code cold} includes reading and parsing every file (a
 * fresh {@link SourceCache} per operation, as in one CLI run); {@code warmCache} reuses the parsed
 * documents and measures layering, dialect reading and interpolation.
 *
 * <p>Run: {@code mvn -B -q test-compile} then
 * {@code java -cp target/test-classes:target/classes:<test classpath> org.openjdk.jmh.Main ResolveBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ResolveBenchmark {
    private Path root;
    private Workspace workspace;
    private SourceCache warm;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        root = Files.createTempDirectory("confguard-resolve-bench");
        workspace = GeneratedWorkspace.write(root, 200, 25);
        warm = new SourceCache(root);
        new Resolver(workspace, warm, ResolveOptions.of(root)).resolveAll(List.of(), List.of());
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        GeneratedWorkspace.delete(root);
    }

    @Benchmark
    public List<ResolvedConfig> cold() {
        return new Resolver(workspace, new SourceCache(root), ResolveOptions.of(root)).resolveAll(List.of(), List.of());
    }

    @Benchmark
    public List<ResolvedConfig> warmCache() {
        return new Resolver(workspace, warm, ResolveOptions.of(root)).resolveAll(List.of(), List.of());
    }
}
