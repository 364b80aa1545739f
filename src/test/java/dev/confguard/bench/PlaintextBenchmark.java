package dev.confguard.bench;

import dev.confguard.dotenv.DotenvDocument;
import dev.confguard.dotenv.DotenvLine;
import dev.confguard.dotenv.DotenvParser;
import dev.confguard.rules.pack.PlaintextDetectorTest;
import dev.confguard.secrets.PlaintextDetector;
import dev.confguard.source.SourceFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * The plaintext detector of {@code core/plaintext-credential} (builtin core pack) on every value of
 * {@code realistic-5k} (one service's .env.production, {@link BenchInputs}), as the rule runs it:
 * {@code deployed} looks for every kind of literal secret, {@code literals-allowed} only for
 * credentials that are leaks everywhere. Values are parsed once, in setup; the benchmark is the
 * detection alone.
 *
 * <p>Primary score: whole files (all values) per second. Secondary score {@code bytes}: bytes of
 * values per second; MB/s = bytes / 10^6. Run with {@code bench/jmh.sh PlaintextBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PlaintextBenchmark {
    @Param({"deployed", "literals-allowed"})
    public String environment;

    private final List<String> keys = new ArrayList<>();
    private final List<String> values = new ArrayList<>();
    private long valueBytes;
    private boolean literalsAllowed;
    private PlaintextDetector detector;

    @Setup
    public void load() {
        byte[] bytes = BenchInputs.load(BenchInputs.REALISTIC_5K);
        DotenvDocument doc = DotenvParser.parse(SourceFile.of(Path.of("bench.env"), "bench.env", bytes));
        for (DotenvLine.Entry e : doc.entries()) {
            if (e.hasDelimiter()) {
                keys.add(doc.key(e));
                values.add(doc.slice(e.value().content()));
                valueBytes += values.get(values.size() - 1).getBytes(StandardCharsets.UTF_8).length;
            }
        }
        detector = PlaintextDetectorTest.builtin();
        literalsAllowed = environment.equals("literals-allowed");
        System.out.println("# " + keys.size() + " values, " + valueBytes + " bytes, " + detect() + " detections/op");
    }

    @Benchmark
    public int detect(ByteCounter counter) {
        counter.bytes += valueBytes;
        return detect();
    }

    private int detect() {
        int found = 0;
        for (int i = 0; i < keys.size(); i++) {
            if (detector.detect(keys.get(i), values.get(i), literalsAllowed) != null) {
                found++;
            }
        }
        return found;
    }
}
