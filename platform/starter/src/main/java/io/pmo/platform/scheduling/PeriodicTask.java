package io.pmo.platform.scheduling;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A task the starter runs on its own daemon thread, from {@link #start()} to {@link #stop()}, with a fixed delay
 * between the end of one run and the start of the next. A run that throws is logged and the next one comes as
 * planned: a plain scheduled executor would silently drop every later run. The starter's background jobs hold one
 * each: gauge refreshes and dead-letter retries (which delegate their {@code SmartLifecycle} to it) and the pooled
 * processors' wake-ups.
 */
public final class PeriodicTask {

    private static final Logger log = LoggerFactory.getLogger(PeriodicTask.class);

    private final String threadName;

    private final Duration initialDelay;

    private final Duration delay;

    private final Runnable task;

    private ScheduledExecutorService scheduler;

    /**
     * @param threadName the name of the thread, which is also how a failed run is logged
     * @param initialDelay how long after {@link #start()} the first run comes (zero: at once)
     * @param delay the pause between a run's end and the next run's start, at least a millisecond
     */
    public PeriodicTask(String threadName, Duration initialDelay, Duration delay, Runnable task) {
        if (initialDelay.isNegative()) {
            throw new IllegalArgumentException(threadName + ": the initial delay must not be negative, was "
                    + initialDelay);
        }
        if (delay.toMillis() < 1) {
            throw new IllegalArgumentException(threadName + ": the delay must be at least 1ms, was " + delay);
        }
        this.threadName = threadName;
        this.initialDelay = initialDelay;
        this.delay = delay;
        this.task = task;
    }

    /** Schedules the runs; does nothing when already started. */
    public synchronized void start() {
        if (scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::runQuietly, initialDelay.toMillis(), delay.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void runQuietly() {
        try {
            task.run();
        }
        catch (RuntimeException ex) {
            log.warn("{}: run failed, next one in {}", threadName, delay, ex);
        }
    }

    /** Cancels the coming runs and interrupts the current one; {@link #start()} may schedule them again. */
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
