package dev.confguard.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Counts the input bytes the benchmark consumed. JMH reports an {@link AuxCounters.Type#OPERATIONS} counter
 * as a rate, so the secondary result {@code bytes} is in bytes per second of the benchmark's time unit;
 * {@code bench/jmh.sh} divides it by 10^6 to print MB/s (decimal megabytes).
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class ByteCounter {
    public long bytes;

    @Setup(Level.Iteration)
    public void reset() {
        bytes = 0;
    }
}
