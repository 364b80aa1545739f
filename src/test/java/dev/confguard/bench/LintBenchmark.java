package dev.confguard.bench;

import dev.confguard.dotenv.DotenvParser;
import dev.confguard.engine.DocumentLinter;
import dev.confguard.findings.Finding;
import dev.confguard.rules.RuleRegistry;
import dev.confguard.rules.RuleSelection;
import dev.confguard.source.SourceFile;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parse plus every default rule: the bytes of one {@code .env} file (already in memory) through
 * {@link SourceFile#of}, {@link DotenvParser#parse} and {@link DocumentLinter#lint} with the default rule
 * selection (what {@code confguard lint} runs), giving the sorted findings. No file walking, reporting
 * or output. Inputs are described in {@link BenchInputs}.
 *
 * <p>{@code rules}: {@code default} is the CLI's default selection; {@code default-except-substitution-key}
 * is a diagnostic that leaves out {@code dotenv/substitution-key}, whose search for the closing brace of an
 * unclosed {@code ${} runs to the next '}' in the file (quadratic on {@code mixed-1m}, see bench/README.md).
 *
 * <p>Primary score: operations (whole files) per second. Secondary score {@code bytes}: input bytes per
 * second; MB/s = bytes / 10^6 (bench/jmh.sh prints that column). Run with {@code bench/jmh.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LintBenchmark {
    static final String DEFAULT = "default";
    static final String WITHOUT_SUBSTITUTION_KEY = "default-except-substitution-key";

    @Param({BenchInputs.REALISTIC_5K, BenchInputs.MIXED_1M})
    public String input;

    @Param({DEFAULT, WITHOUT_SUBSTITUTION_KEY})
    public String rules;

    private byte[] bytes;
    private DocumentLinter linter;
    private final Path path = Path.of("bench.env");

    @Setup
    public void load() {
        bytes = BenchInputs.load(input);
        RuleRegistry registry = RuleRegistry.builtin();
        List<String> ignore = rules.equals(DEFAULT) ? List.of() : List.of("dotenv/substitution-key");
        linter = new DocumentLinter(RuleSelection.of(registry, List.of(), ignore), registry.ids());
        int findings = linter.lint(DotenvParser.parse(SourceFile.of(path, "bench.env", bytes))).size();
        System.out.println("# input " + input + ": " + bytes.length + " bytes/op, " + findings + " findings/op");
    }

    @Benchmark
    public List<Finding> lint(ByteCounter counter) {
        counter.bytes += bytes.length;
        return linter.lint(DotenvParser.parse(SourceFile.of(path, "bench.env", bytes)));
    }
}
