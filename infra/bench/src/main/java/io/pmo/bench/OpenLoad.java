package io.pmo.bench;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * An open load model: requests arrive at a constant rate whatever the system does, the i-th at its intended start
 * {@code start + i / rate}, and a request's latency is its completion minus that intended start. A request that had
 * to wait (because the system was slow and the in-flight bound was reached, or because the scheduler itself fell
 * behind) is charged for the wait: this is the coordinated-omission correction, without which a stalled system
 * looks fast because it is asked less. Latencies go into an HdrHistogram in microseconds.
 */
final class OpenLoad {

    /** Up to a minute, three significant digits. */
    private static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(1);

    /** Time as the runner sees it: the real one, or a fake one in tests. */
    interface Clock {

        long nanoTime();

        /** Returns at or after {@code nanos} (at once if that is past). */
        void sleepUntil(long nanos) throws InterruptedException;

        Clock SYSTEM = new Clock() {

            @Override
            public long nanoTime() {
                return System.nanoTime();
            }

            @Override
            public void sleepUntil(long nanos) throws InterruptedException {
                long wait;
                while ((wait = nanos - System.nanoTime()) > 0) {
                    LockSupport.parkNanos(wait);
                    if (Thread.interrupted()) {
                        throw new InterruptedException();
                    }
                }
            }
        };
    }

    /** What became of one request: {@code status} is the HTTP status, or 0 if it failed without one. */
    record Outcome(int status, boolean command) {

        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private final Clock clock;

    private final int maxInFlight;

    private final Duration drainTimeout;

    OpenLoad(Clock clock, int maxInFlight, Duration drainTimeout) {
        this.clock = clock;
        this.maxInFlight = maxInFlight;
        this.drainTimeout = drainTimeout;
    }

    /** The offset of the i-th request's intended start from the first's, in nanoseconds, without drift. */
    static long intendedOffset(long i, double perSecond) {
        return Math.round(i * 1e9 / perSecond);
    }

    /** How many requests a run of this rate and duration sends. */
    static long requestCount(double perSecond, Duration duration) {
        return Math.max(1, Math.round(perSecond * duration.toNanos() / 1e9));
    }

    /**
     * Sends {@code requestCount(perSecond, duration)} requests at their intended starts and waits for them all.
     * {@code requests} starts one request and answers its outcome; it is called from this thread only.
     */
    Step run(double perSecond, Duration duration, Supplier<CompletableFuture<Outcome>> requests)
            throws InterruptedException {
        long count = requestCount(perSecond, duration);
        Histogram latencies = new ConcurrentHistogram(HIGHEST_MICROS, 3);
        Semaphore inFlight = new Semaphore(maxInFlight);
        CountDownLatch done = new CountDownLatch((int) count);
        AtomicLong ok = new AtomicLong();
        AtomicLong commands = new AtomicLong();
        AtomicLong lastCompletion = new AtomicLong(Long.MIN_VALUE);
        Map<Integer, Long> failures = new TreeMap<>();
        long start = clock.nanoTime();
        for (long i = 0; i < count; i++) {
            long intended = start + intendedOffset(i, perSecond);
            clock.sleepUntil(intended);
            inFlight.acquire();
            CompletableFuture<Outcome> request;
            try {
                request = requests.get();
            }
            catch (RuntimeException ex) {
                request = CompletableFuture.failedFuture(ex);
            }
            request.whenComplete((outcome, failure) -> {
                long completed = clock.nanoTime();
                latencies.recordValue(Math.min(HIGHEST_MICROS, Math.max(0, (completed - intended) / 1_000)));
                lastCompletion.accumulateAndGet(completed, Math::max);
                if (failure == null && outcome.ok()) {
                    ok.incrementAndGet();
                    if (outcome.command()) {
                        commands.incrementAndGet();
                    }
                }
                else {
                    synchronized (failures) {
                        failures.merge(failure == null ? outcome.status() : 0, 1L, Long::sum);
                    }
                }
                inFlight.release();
                done.countDown();
            });
        }
        boolean drained = done.await(drainTimeout.toMillis(), TimeUnit.MILLISECONDS);
        long end = Math.max(lastCompletion.get(), start + duration.toNanos());
        long unfinished = drained ? 0 : done.getCount();
        synchronized (failures) {
            if (unfinished > 0) {
                failures.merge(-1, unfinished, Long::sum);
            }
            return new Step(perSecond, count, ok.get(), commands.get(), Map.copyOf(failures), end - start,
                    latencies.copy());
        }
    }

    /**
     * One run at one offered rate. {@code failures} counts requests by HTTP status (0: no answer, -1: still
     * unfinished after the drain timeout). {@code elapsedNanos} runs from the first intended start to the last
     * completion (at least the planned duration), so a backlog lowers the achieved rate.
     */
    record Step(double offered, long sent, long ok, long commands, Map<Integer, Long> failures, long elapsedNanos,
            Histogram latencies) implements SaturationSearch.Trial {

        @Override
        public double achieved() {
            return ok * 1e9 / elapsedNanos;
        }

        /** This run and another at the same rate as one: counts, times and latencies added up. */
        Step plus(Step other) {
            Histogram both = latencies.copy();
            both.add(other.latencies);
            Map<Integer, Long> allFailures = new java.util.TreeMap<>(failures);
            other.failures.forEach((status, count) -> allFailures.merge(status, count, Long::sum));
            return new Step((offered * elapsedNanos + other.offered * other.elapsedNanos)
                    / (elapsedNanos + other.elapsedNanos), sent + other.sent, ok + other.ok, commands + other.commands,
                    allFailures, elapsedNanos + other.elapsedNanos, both);
        }

        double commandsPerSecond() {
            return commands * 1e9 / elapsedNanos;
        }

        @Override
        public double errorRate() {
            return sent == 0 ? 0 : (double) (sent - ok) / sent;
        }

        /** A percentile of the corrected latency, in milliseconds. */
        double millis(double percentile) {
            return latencies.getValueAtPercentile(percentile) / 1_000.0;
        }

        @Override
        public double p99Millis() {
            return millis(99);
        }

        @Override
        public String toString() {
            return String.format("offered %.0f/s: achieved %.0f/s (%.0f commands/s), p50 %.1f ms, p99 %.1f ms,"
                    + " p99.9 %.1f ms, max %.1f ms, errors %s", offered, achieved(), commandsPerSecond(), millis(50),
                    millis(99), millis(99.9), latencies.getMaxValue() / 1_000.0, failures.isEmpty() ? "none" : failures);
        }
    }
}
