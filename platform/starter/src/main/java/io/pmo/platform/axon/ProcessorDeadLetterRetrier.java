package io.pmo.platform.axon;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import io.pmo.platform.scheduling.PeriodicTask;

/**
 * Retries parked aggregates on its own, every {@code pmo.processors.dlq.auto-retry-interval}, once each one's
 * back-off has passed ({@link ProcessorDeadLetters#retryDue}): a read-model store that was down for a while parks
 * the events that failed meanwhile, and they apply by themselves once it is back, with no admin at hand. A
 * deterministic failure keeps its place in the queue and is tried less and less often, up to once an hour.
 */
public class ProcessorDeadLetterRetrier implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ProcessorDeadLetterRetrier.class);

    private final ProcessorDeadLetters deadLetters;

    private final Duration interval;

    private final Clock clock;

    /** Null when the interval is zero: automatic retries off. */
    private final PeriodicTask schedule;

    public ProcessorDeadLetterRetrier(ProcessorDeadLetters deadLetters, Duration interval, Clock clock) {
        this.deadLetters = deadLetters;
        this.interval = interval;
        this.clock = clock;
        this.schedule = interval.isZero() || interval.isNegative() ? null
                : new PeriodicTask("pmo-dlq-retry", interval, interval, this::retryDue);
    }

    /** One round over every group: what the schedule runs. */
    public void retryDue() {
        for (String group : deadLetters.groups()) {
            try {
                int[] counts = deadLetters.retryDue(group, clock.instant(), interval);
                if (counts[0] > 0) {
                    log.info("{}: retried {} parked aggregates, {} applied", group, counts[0], counts[1]);
                }
            }
            catch (RuntimeException ex) {
                log.warn("{}: retrying parked aggregates failed, next round in {}", group, interval, ex);
            }
        }
    }

    /** Schedules the rounds, unless the interval is zero (automatic retries off). */
    @Override
    public void start() {
        if (schedule != null) {
            schedule.start();
        }
    }

    @Override
    public void stop() {
        if (schedule != null) {
            schedule.stop();
        }
    }

    @Override
    public boolean isRunning() {
        return schedule != null && schedule.isRunning();
    }
}
