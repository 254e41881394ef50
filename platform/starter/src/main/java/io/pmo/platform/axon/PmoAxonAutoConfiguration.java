package io.pmo.platform.axon;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.pmo.events.common.PmoJson;
import io.pmo.platform.messaging.PmoCorrelationDataProvider;

/**
 * Axon as every service runs it: no Axon Server, a JDBC event store on the service's own PostgreSQL database
 * (schema by Flyway), the shared event JSON, our metadata propagation, and event handlers that never skip
 * an event on error (STACK.md pitfall 9).
 */
@AutoConfiguration(beforeName = { "org.axonframework.springboot.autoconfig.AxonAutoConfiguration",
        "org.axonframework.springboot.autoconfig.ObjectMapperAutoConfiguration",
        "org.axonframework.springboot.autoconfig.JdbcAutoConfiguration" })
@ConditionalOnClass(name = { "org.axonframework.config.ConfigurerModule",
        "org.axonframework.eventsourcing.Snapshotter" })
public class PmoAxonAutoConfiguration {

    /**
     * The snapshot trigger every aggregate names ({@code @Aggregate(snapshotTriggerDefinition =
     * "pmoSnapshotTrigger")}): a snapshot after every {@code pmo.aggregates.snapshot-threshold} events (100), so
     * loading an aggregate with years of history reads its latest snapshot and the events after it. The
     * snapshotter is looked up when a snapshot is due, so a service without aggregates needs none.
     */
    @Bean
    SnapshotTriggerDefinition pmoSnapshotTrigger(ObjectProvider<Snapshotter> snapshotters,
            @Value("${pmo.aggregates.snapshot-threshold:100}") int threshold) {
        Snapshotter snapshotter = (aggregateType, aggregateIdentifier) -> snapshotters.getObject()
                .scheduleSnapshot(aggregateType, aggregateIdentifier);
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }

    /** Axon's Jackson serializer picks this mapper up, so stored payloads are the JSON published on Kafka. */
    @Bean
    ObjectMapper defaultAxonObjectMapper() {
        return PmoJson.mapper();
    }

    /**
     * PostgreSQL never raises {@code SQLIntegrityConstraintViolationException}; resolving SQL state 23505
     * (unique violation) turns a concurrent append into a {@code ConcurrencyException} and a duplicate create
     * into an {@link AggregateStreamCreationException}, both answered with 409.
     */
    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new SQLStateResolver("23505");
    }

    @Bean
    CorrelationDataProvider pmoCorrelationDataProvider() {
        return new PmoCorrelationDataProvider();
    }

    /**
     * No event processor logs and skips a failed event. A processing group with a dead-letter queue (all but the
     * Kafka publisher, see {@link PmoProcessorDeadLetterAutoConfiguration}) parks it and moves on; what fails
     * beyond that (the publisher's sends, a full dead-letter queue) fails the batch, which the processor retries.
     */
    @Bean
    ConfigurerModule pmoPropagatingErrorHandlers() {
        return configurer -> configurer.eventProcessing()
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance())
                .registerDefaultErrorHandler(c -> PropagatingErrorHandler.instance());
    }

    /**
     * How many segments of each pooled processor one instance may claim ({@code pmo.processors.max-claimed-segments},
     * unlimited when 0, Axon's default). Axon 4 without Axon Server does not balance segments: the first
     * instance to start claims every free one. With several replicas, set it to segments / replicas so each replica
     * works a share; the replicas together must still be able to claim every segment (the Kubernetes manifests'
     * tests check both), and a replica that stops leaves its segments to its replacement, not to the others. And how
     * soon after a local commit a processor looks for the new events ({@code pmo.processors.wake-interval}), and how
     * often it looks without one, for the events other replicas committed ({@code pmo.processors.poll-interval},
     * 100 ms: the longest extra lag of an event committed by another replica; {@link WakingEventSource}).
     * And how many segments a processor starts with ({@code pmo.processors.initial-segment-count}): 4 rather than
     * Axon's 16, as the Kubernetes settings give every processor. Each segment is a token row that its work package
     * writes after every batch and whose claim it extends every few seconds even when idle; 16 segments spread a
     * batch over up to 16 token writes, with four or five processors per service on two cores.
     */
    @Bean
    PooledProcessorTuning pmoPooledProcessorTuning(
            @Value("${pmo.processors.max-claimed-segments:0}") int maxClaimedSegments,
            @Value("${pmo.processors.initial-segment-count:4}") int initialSegments,
            @Value("${pmo.processors.wake-interval:25ms}") String wakeInterval,
            @Value("${pmo.processors.poll-interval:100ms}") String pollInterval) {
        return new PooledProcessorTuning(maxClaimedSegments, initialSegments,
                DurationStyle.detectAndParse(wakeInterval), DurationStyle.detectAndParse(pollInterval));
    }
}
