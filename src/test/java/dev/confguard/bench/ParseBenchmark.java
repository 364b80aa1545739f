package dev.confguard.bench;

import dev.confguard.dotenv.DotenvDocument;
import dev.confguard.dotenv.DotenvParser;
import dev.confguard.source.SourceFile;
import java.nio.file.Path;
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
 * Parse only: the bytes of one {@code .env} file (already in memory) to a {@link DotenvDocument}, that is
 * lossless UTF-8 decoding ({@link SourceFile#of}) plus {@link DotenvParser#parse}. No rules, no output,
 * no file I/O. Inputs are described in {@link BenchInputs}.
 *
 * <p>Primary score: operations (whole files) per second. Secondary score {@code bytes}: input bytes per
 * second; MB/s = bytes / 10^6 (bench/jmh.sh prints that column). bytes/op is the input size, printed at
 * setup. Run with {@code bench/jmh.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParseBenchmark {
    @Param({BenchInputs.REALISTIC_5K, BenchInputs.MIXED_1M})
    public String input;

    private byte[] bytes;
    private final Path path = Path.of("bench.env");

    @Setup
    public void load() {
        bytes = BenchInputs.load(input);
        System.out.println("# input " + input + ": " + bytes.length + " bytes/op");
    }

    @Benchmark
    public DotenvDocument parse(ByteCounter counter) {
        counter.bytes += bytes.length;
        return DotenvParser.parse(SourceFile.of(path, "bench.env", bytes));
    }
}
