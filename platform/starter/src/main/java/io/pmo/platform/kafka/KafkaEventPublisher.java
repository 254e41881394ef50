package io.pmo.platform.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaOperations;

import io.pmo.events.common.CloudEvent;
import io.pmo.events.common.EventCatalog;
import io.pmo.events.common.PmoJson;
import io.pmo.platform.PmoProperties;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.pmo.platform.messaging.Hops;
import io.pmo.platform.messaging.PmoMetadata;

/**
 * The event store is the outbox: this handler runs in a pooled streaming processor that reads the service's
 * own event store and sends every published event as a CloudEvent, keyed by aggregate id, to the context's
 * topic. Sends of a batch go out together; the batch's unit of work waits for every acknowledgement before it
 * commits, so the processor's token only advances past events Kafka has acknowledged. A failed or timed-out
 * send fails the batch; the processor's propagating error handler makes it retry the same events.
 */
@ProcessingGroup(KafkaEventPublisher.PROCESSING_GROUP)
public class KafkaEventPublisher {

    public static final String PROCESSING_GROUP = "kafka-publisher";

    private static final Logger log = LoggerFactory.getLogger(KafkaEventPublisher.class);

    private static final String PENDING = KafkaEventPublisher.class.getName() + ".pending";

    private final KafkaOperations<String, byte[]> kafka;

    private final String topic;

    private final String context;

    private final String source;

    private final long timeoutMillis;

    private final Timer storeToPublisher;

    private final Timer kafkaAck;

    public KafkaEventPublisher(KafkaOperations<String, byte[]> kafka, PmoProperties properties, String source) {
        this(kafka, properties, source, new SimpleMeterRegistry());
    }

    public KafkaEventPublisher(KafkaOperations<String, byte[]> kafka, PmoProperties properties, String source,
            MeterRegistry meters) {
        this.kafka = kafka;
        this.storeToPublisher = Hops.timer(meters, "pmo.publisher.hop",
                "From an event's time to its send by the publisher", "hop", "store_to_publisher");
        this.kafkaAck = Hops.timer(meters, "pmo.publisher.hop", "From a send to Kafka's acknowledgement", "hop",
                "kafka_ack");
        this.context = properties.context();
        this.topic = EventCatalog.topic(properties.context());
        this.source = source;
        this.timeoutMillis = properties.events().sendTimeout().toMillis();
    }

    @EventHandler
    public void publish(Object payload, EventMessage<?> message) {
        if (!(message instanceof DomainEventMessage<?> event) || !EventCatalog.isPublished(payload.getClass())
                || !context.equals(EventCatalog.context(payload.getClass()))) {
            log.trace("Not a published event of context {}: {}", context, message.getPayloadType());
            return;
        }
        CloudEvent cloudEvent = toCloudEvent(event);
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, null, event.getTimestamp().toEpochMilli(),
                event.getAggregateIdentifier(), cloudEvent.toBytes());
        record.headers().add("content-type", CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        Instant now = Instant.now();
        Hops.stampPublishedAt(record.headers(), now);
        Hops.record(storeToPublisher, event.getTimestamp(), now);
        long sent = System.nanoTime();
        pendingSends().add(kafka.send(record).whenComplete((result, failure) -> {
            if (failure == null) {
                kafkaAck.record(System.nanoTime() - sent, TimeUnit.NANOSECONDS);
            }
        }));
    }

    CloudEvent toCloudEvent(DomainEventMessage<?> event) {
        PmoMetadata metadata = PmoMetadata.of(event.getMetaData());
        return new CloudEvent(event.getIdentifier(), source, EventCatalog.cloudEventType(event.getPayloadType()),
                event.getAggregateIdentifier(), event.getTimestamp(), metadata.tenantId(), metadata.principal(),
                metadata.correlationId(), metadata.causationId(), event.getSequenceNumber(),
                PmoJson.mapper().valueToTree(event.getPayload()));
    }

    private List<CompletableFuture<?>> pendingSends() {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        return unitOfWork.getOrComputeResource(PENDING, key -> {
            List<CompletableFuture<?>> pending = new ArrayList<>();
            unitOfWork.onPrepareCommit(u -> awaitAll(pending));
            return pending;
        });
    }

    private void awaitAll(List<CompletableFuture<?>> pending) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        try {
            for (CompletableFuture<?> send : pending) {
                send.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new EventPublicationException("interrupted while waiting for Kafka", ex);
        }
        catch (ExecutionException | TimeoutException ex) {
            throw new EventPublicationException("Kafka did not acknowledge a batch of " + pending.size()
                    + " events to " + topic + "; the batch will be retried", ex);
        }
    }

    /** A batch could not be published; the processor retries it. */
    public static class EventPublicationException extends RuntimeException {

        public EventPublicationException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
