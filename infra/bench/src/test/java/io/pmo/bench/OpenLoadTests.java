package io.pmo.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

/** The open model's schedule and its coordinated-omission correction, on a fake clock (no timing). */
class OpenLoadTests {

    private static final long MS = 1_000_000;

    /** A clock that only moves when told to, or when the scheduler sleeps until a later time. */
    static final class FakeClock implements OpenLoad.Clock {

        long now;

        final List<Long> sleeps = new ArrayList<>();

        @Override
        public long nanoTime() {
            return now;
        }

        @Override
        public void sleepUntil(long nanos) {
            sleeps.add(nanos);
            now = Math.max(now, nanos);
        }
    }

    @Test
    void intendedStartsAreOneOverTheRateApartWithoutDrift() {
        assertThat(OpenLoad.intendedOffset(0, 1_000)).isZero();
        assertThat(OpenLoad.intendedOffset(7, 1_000)).isEqualTo(7 * MS);
        assertThat(OpenLoad.intendedOffset(1, 3)).isEqualTo(333_333_333L);
        assertThat(OpenLoad.intendedOffset(2, 3)).isEqualTo(666_666_667L);
        assertThat(OpenLoad.intendedOffset(3_000_000, 3)).isEqualTo(1_000_000 * 1_000 * MS);
        assertThat(OpenLoad.requestCount(250, Duration.ofSeconds(10))).isEqualTo(2_500);
    }

    @Test
    void aFastSystemIsAskedAtTheIntendedStartsAndChargedOnlyItsServiceTime() throws Exception {
        FakeClock clock = new FakeClock();

        OpenLoad.Step step = run(clock, 4, 2, new OpenLoad.Outcome(200, true));

        assertThat(clock.sleeps).containsExactly(0L, 10 * MS, 20 * MS, 30 * MS, 40 * MS);
        assertThat(step.sent()).isEqualTo(5);
        assertThat(step.ok()).isEqualTo(5);
        assertThat(step.commands()).isEqualTo(5);
        assertThat(step.millis(100)).isCloseTo(2.0, withinPercentage(0.1));
        assertThat(step.elapsedNanos()).as("the planned duration").isEqualTo(50 * MS);
        assertThat(step.achieved()).isEqualTo(100.0);
    }

    @Test
    void aRequestDelayedByASlowSystemCountsFromItsIntendedStartNotFromWhenItWasSent() throws Exception {
        // one request in flight at a time, each taking 100 ms, asked for every 10 ms
        OpenLoad.Step step = run(new FakeClock(), 1, 100, new OpenLoad.Outcome(201, false));

        // completions at 100, 200, ..., 500 ms for intended starts 0, 10, ..., 40 ms
        // HdrHistogram keeps three significant digits
        assertThat(step.millis(0)).isCloseTo(100.0, withinPercentage(0.1));
        assertThat(step.millis(100)).isCloseTo(460.0, withinPercentage(0.1));
        assertThat(step.latencies().getMean()).isCloseTo(280_000.0, withinPercentage(0.1));
        assertThat(step.elapsedNanos()).isEqualTo(500 * MS);
        assertThat(step.achieved()).as("a backlog lowers the achieved rate").isEqualTo(10.0);
        assertThat(step.commands()).isZero();
    }

    /** 100 requests/s for 50 ms, each taking {@code serviceMillis} of the fake clock and ending in {@code outcome}. */
    private static OpenLoad.Step run(FakeClock clock, int maxInFlight, long serviceMillis, OpenLoad.Outcome outcome)
            throws InterruptedException {
        return new OpenLoad(clock, maxInFlight, Duration.ofSeconds(1)).run(100, Duration.ofMillis(50), () -> {
            clock.now += serviceMillis * MS;
            return CompletableFuture.completedFuture(outcome);
        });
    }

    @Test
    void failuresAreCountedByStatusAndAThrowingRequestIsAnErrorWithoutStatus() throws Exception {
        FakeClock clock = new FakeClock();
        OpenLoad load = new OpenLoad(clock, 2, Duration.ofSeconds(1));
        int[] n = {0};

        OpenLoad.Step step = load.run(1_000, Duration.ofMillis(4), () -> switch (n[0]++) {
            case 0 -> CompletableFuture.completedFuture(new OpenLoad.Outcome(409, true));
            case 1 -> throw new IllegalStateException("connection refused");
            case 2 -> CompletableFuture.failedFuture(new java.io.IOException("reset"));
            default -> CompletableFuture.completedFuture(new OpenLoad.Outcome(200, true));
        });

        assertThat(step.failures()).containsEntry(409, 1L).containsEntry(0, 2L);
        assertThat(step.ok()).isEqualTo(1);
        assertThat(step.errorRate()).isEqualTo(0.75);
    }

    @Test
    void twoWindowsAtOneRateAddUpAsOneRun() {
        org.HdrHistogram.Histogram fast = new org.HdrHistogram.Histogram(60_000_000, 3);
        org.HdrHistogram.Histogram slow = new org.HdrHistogram.Histogram(60_000_000, 3);
        for (int i = 0; i < 99; i++) {
            fast.recordValue(1_000);
            slow.recordValue(1_000);
        }
        fast.recordValue(2_000);
        slow.recordValue(90_000);
        OpenLoad.Step first = new OpenLoad.Step(100, 100, 99, 50, java.util.Map.of(503, 1L), 1_000_000_000L, fast);
        OpenLoad.Step second = new OpenLoad.Step(100, 100, 100, 60, java.util.Map.of(), 1_000_000_000L, slow);

        OpenLoad.Step both = first.plus(second);

        assertThat(both.sent()).isEqualTo(200);
        assertThat(both.ok()).isEqualTo(199);
        assertThat(both.commandsPerSecond()).isEqualTo(55);
        assertThat(both.failures()).containsExactly(java.util.Map.entry(503, 1L));
        assertThat(both.latencies().getTotalCount()).isEqualTo(200);
        assertThat(both.millis(99.9)).isGreaterThan(80);
        assertThat(first.latencies().getTotalCount()).as("the windows are left as they were").isEqualTo(100);
    }
}
