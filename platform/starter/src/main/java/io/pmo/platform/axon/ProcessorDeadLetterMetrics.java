package io.pmo.platform.axon;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Gauge {@code pmo.processors.dead-letters} (tag {@code group}): the events parked in each processing group's
 * dead-letter queue, all tenants, counted in the database at each scrape, so an alert fires on a value above 0
 * whichever node parked them. Registered once the application is ready, when Axon has built its processors and
 * knows which groups have a queue; on the service's own registry, never the global one (STACK.md pitfall 12).
 */
class ProcessorDeadLetterMetrics implements ApplicationListener<ApplicationReadyEvent> {

    static final String METER = "pmo.processors.dead-letters";

    private final ProcessorDeadLetters deadLetters;

    private final MeterRegistry meters;

    ProcessorDeadLetterMetrics(ProcessorDeadLetters deadLetters, MeterRegistry meters) {
        this.deadLetters = deadLetters;
        this.meters = meters;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        for (String group : deadLetters.groups()) {
            Gauge.builder(METER, deadLetters, queues -> queues.size(group))
                    .tag("group", group)
                    .description("Events parked in the processing group's dead-letter queue")
                    .register(meters);
        }
    }
}
