package io.pmo.platform.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The starter's background jobs run on a named daemon thread between start and stop, and a failing run does not
 * end the schedule. The waits are bounded only so that a broken schedule fails instead of hanging.
 */
class PeriodicTaskTests {

    private static final Duration DELAY = Duration.ofMillis(1);

    private final List<PeriodicTask> started = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopAll() {
        started.forEach(PeriodicTask::stop);
    }

    @Test
    void runsOnItsOwnNamedDaemonThreadOnceStarted() throws InterruptedException {
        List<Thread> threads = new CopyOnWriteArrayList<>();
        CountDownLatch ran = new CountDownLatch(1);
        PeriodicTask task = tracked(new PeriodicTask("pmo-test-job", Duration.ZERO, DELAY, () -> {
            threads.add(Thread.currentThread());
            ran.countDown();
        }));
        assertThat(task.isRunning()).isFalse();

        task.start();

        assertThat(ran.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(task.isRunning()).isTrue();
        assertThat(threads.get(0).getName()).isEqualTo("pmo-test-job");
        assertThat(threads.get(0).isDaemon()).isTrue();
    }

    @Test
    void keepsRunningAfterARunThrows() throws InterruptedException {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch ranAgain = new CountDownLatch(1);
        PeriodicTask task = tracked(new PeriodicTask("pmo-test-failing", Duration.ZERO, DELAY, () -> {
            if (runs.incrementAndGet() == 1) {
                throw new IllegalStateException("store down");
            }
            ranAgain.countDown();
        }));

        task.start();

        assertThat(ranAgain.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(runs).hasValueGreaterThanOrEqualTo(2);
    }

    @Test
    void stopsAndCanBeStartedAgain() throws InterruptedException {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch first = new CountDownLatch(1);
        CountDownLatch second = new CountDownLatch(2);
        PeriodicTask task = tracked(new PeriodicTask("pmo-test-restart", Duration.ZERO, Duration.ofHours(1), () -> {
            runs.incrementAndGet();
            first.countDown();
            second.countDown();
        }));
        task.start();
        task.start();
        assertThat(first.await(30, TimeUnit.SECONDS)).isTrue();

        task.stop();
        assertThat(task.isRunning()).isFalse();
        task.start();

        assertThat(second.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(task.isRunning()).isTrue();
        assertThat(runs).hasValue(2);
    }

    @Test
    void refusesADelayBelowOneMillisecondOrANegativeInitialDelay() {
        assertThatThrownBy(() -> new PeriodicTask("pmo-test", Duration.ZERO, Duration.ZERO, () -> {
        })).hasMessageContaining("pmo-test").hasMessageContaining("at least 1ms");
        assertThatThrownBy(() -> new PeriodicTask("pmo-test", Duration.ofSeconds(-1), DELAY, () -> {
        })).hasMessageContaining("initial delay");
    }

    private PeriodicTask tracked(PeriodicTask task) {
        started.add(task);
        return task;
    }
}
