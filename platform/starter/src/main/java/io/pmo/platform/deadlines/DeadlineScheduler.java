package io.pmo.platform.deadlines;

import org.axonframework.lifecycle.Phase;
import org.springframework.context.SmartLifecycle;

import com.github.kagkarlsson.scheduler.Scheduler;

/**
 * The service's db-scheduler {@link Scheduler} that runs its due deadlines, started and stopped with the Spring
 * context: started in Axon's phase for inbound event connectors (after command handlers are subscribed), stopped
 * before them. Held by this bean rather than exposed as a {@code Scheduler} bean so that Axon's own
 * {@code AxonDbSchedulerAutoConfiguration} (which expects db-scheduler's Spring Boot 3 starter to collect its binary
 * tasks) stays off.
 */
public class DeadlineScheduler implements SmartLifecycle {

    private final Scheduler scheduler;

    private volatile boolean running;

    public DeadlineScheduler(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    /** The scheduler itself, e.g. to list pending deadlines ({@code getScheduledExecutions}). */
    public Scheduler scheduler() {
        return scheduler;
    }

    @Override
    public void start() {
        scheduler.start();
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        scheduler.stop();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Phase.INBOUND_EVENT_CONNECTORS;
    }
}
