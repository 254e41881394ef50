package io.pmo.platform.deadlines;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The persistent Axon deadlines of a service, under {@code pmo.deadlines.*}.
 *
 * @param enabled whether the service gets the persistent deadline manager (default); {@code false} leaves Axon's
 * default, the in-memory {@code SimpleDeadlineManager} that forgets deadlines on restart
 * @param pollingInterval how often the scheduler looks for due deadlines (5 s): a deadline fires at most about this
 * long after it is due
 * @param threads how many deadlines one instance handles at once (4)
 * @param schedulerName the name this instance writes in {@code scheduled_tasks.picked_by} for the deadline it is
 * running; default {@code <spring.application.name>@<host name>}
 * @param shutdownMaxWait how long a stopping service waits for running deadline handlers (30 s); one still running
 * then is picked up again by a live instance once its heartbeat is missed
 */
@ConfigurationProperties("pmo.deadlines")
public record DeadlineProperties(Boolean enabled, Duration pollingInterval, Integer threads, String schedulerName,
        Duration shutdownMaxWait) {

    public DeadlineProperties {
        enabled = enabled == null ? Boolean.TRUE : enabled;
        pollingInterval = pollingInterval == null ? Duration.ofSeconds(5) : pollingInterval;
        threads = threads == null ? 4 : threads;
        shutdownMaxWait = shutdownMaxWait == null ? Duration.ofSeconds(30) : shutdownMaxWait;
    }
}
