package io.pmo.platform.testing;

import java.util.Arrays;
import java.util.function.LongSupplier;

/**
 * The timing loop of the benchmarks (never of tests: speed is measured, not asserted): warm-up runs, then timed
 * runs of a piece of work whose result is summed into a sink so that the JIT cannot drop it, sorted so that
 * percentiles read straight off.
 */
public final class Timings {

    private final long[] sortedNanos;

    private Timings(long[] sortedNanos) {
        this.sortedNanos = sortedNanos;
    }

    /** Times {@code runs} runs of {@code work} after {@code warmUp} untimed ones. */
    public static Timings of(int warmUp, int runs, LongSupplier work) {
        long sink = 0;
        for (int i = 0; i < warmUp; i++) {
            sink += work.getAsLong();
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            sink += work.getAsLong();
            nanos[i] = System.nanoTime() - start;
        }
        if (sink == Long.MIN_VALUE) {
            System.out.println(sink);
        }
        Arrays.sort(nanos);
        return new Timings(nanos);
    }

    /** The run at this percentile (50: the median), in milliseconds. */
    public double millis(int percentile) {
        return sortedNanos[Math.min(sortedNanos.length - 1, sortedNanos.length * percentile / 100)] / 1_000_000.0;
    }

    /** The median run in milliseconds. */
    public double median() {
        return millis(50);
    }
}
