package dev.confguard.bench;

import dev.confguard.resolve.ResolveOptions;
import dev.confguard.resolve.ResolvedConfig;
import dev.confguard.resolve.Resolver;
import dev.confguard.resolve.SourceCache;
import dev.confguard.schema.SchemaReport;
import dev.confguard.schema.SchemaSet;
import dev.confguard.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.everit.json.schema.Schema;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONObject;
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
 * Schema validation throughput, one operation = one resolved (service, environment) of a generated
 * workspace (about 100 keys, every key family typed, patterns, formats, additionalProperties false):
 * {@code validate} is confguard's whole path (coercion, everit, mapping each violation to its origin);
 * {@code everitOnly} validates one such configuration, already as JSON, with plain everit (java.util.regex,
 * no formats of confguard), for scale against everit's own cost; {@code load} reads, checks and loads
 * one schema file.
 *
 * <p>Run: {@code mvn -B -q test-compile} then
 * {@code java -cp target/test-classes:target/classes:<test classpath> org.openjdk.jmh.Main SchemaBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SchemaBenchmark {
    private Path root;
    private Workspace workspace;
    private SchemaSet schemas;
    private List<ResolvedConfig> configs;
    private Schema plain;
    private JSONObject instance;
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        root = Files.createTempDirectory("confguard-schema-bench");
        workspace = GeneratedSchemas.write(root, GeneratedWorkspace.write(root, 20, 25));
        schemas = SchemaSet.load(workspace, workspace.services(), root);
        configs = new Resolver(workspace, new SourceCache(root), ResolveOptions.of(root)).resolveAll(List.of(), List.of());
        ResolvedConfig first = configs.get(0);
        plain = SchemaLoader.builder().draftV7Support().schemaJson(new JSONObject(GeneratedSchemas.SCHEMA
                .replace("@SERVICE@", first.service().name())
                .replace(", \"format\": \"hostname\"", ""))).build().load().build(); // everit's wants a public TLD
        instance = new JSONObject();
        first.values().values().forEach(v -> instance.put(v.key(), v.value()));
        instance.put("PORT", 8080);
        for (String key : instance.keySet()) {
            if (key.startsWith("APP_LIMITS_LIMIT")) {
                instance.put(key, Integer.parseInt(instance.getString(key)));
            }
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        GeneratedWorkspace.delete(root);
    }

    @Benchmark
    public SchemaReport validate() {
        next = (next + 1) % configs.size();
        return schemas.validate(configs.get(next));
    }

    @Benchmark
    public JSONObject everitOnly() {
        plain.validate(instance);
        return instance;
    }

    @Benchmark
    public SchemaSet load() {
        return SchemaSet.load(workspace, workspace.services().subList(0, 1), root);
    }
}
