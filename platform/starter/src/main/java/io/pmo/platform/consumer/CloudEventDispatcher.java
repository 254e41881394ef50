package io.pmo.platform.consumer;

import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.ListenerExecutionFailedException;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.pmo.events.common.CloudEvent;
import io.pmo.platform.messaging.Hops;

/**
 * The consumer toolkit's handling of one record for one consumer group, in this order:
 * <ol>
 * <li>read the CloudEvent; a record that is not one, or has no aggregate or sequence, is dead-lettered (without
 * parking: nothing says for sure which aggregate and tenant it belongs to, so no tenant could see or replay it and
 * the aggregate would be held back for good);</li>
 * <li>dedupe: an event at or below the aggregate's last applied sequence is acknowledged and skipped;</li>
 * <li>parking: if the aggregate has a message in the dead-letter topic, this one joins it there;</li>
 * <li>resolve the type and revision, upcast and bind the data; anything that cannot be read is dead-lettered
 * and parks its aggregate;</li>
 * <li>run the handlers (a type without handlers is skipped), then record the sequence as applied.</li>
 * </ol>
 * Only a failing handler throws: the listener container retries the record a bounded number of times, then
 * calls {@link #recover}, which dead-letters it and parks its aggregate. Either way the partition keeps moving.
 * Every outcome is counted as {@code pmo.consumer.records} (tags {@code group}, {@code outcome}), so a dashboard
 * or an alert sees dead letters and parked events without reading the dead-letter topics.
 */
final class CloudEventDispatcher {

    private static final Logger log = LoggerFactory.getLogger(CloudEventDispatcher.class);

    private final CloudEventConsumer consumer;

    private final EventTypes types;

    private final ConsumerPositions positions;

    private final ParkedAggregates parked;

    private final DeadLetters deadLetters;

    private final MeterRegistry meters;

    /**
     * The event-to-read-model lag of the group: from the event's time (when its aggregate applied it) to the moment
     * its handlers' writes were done, as a histogram so that p50/p99 come out in Prometheus. Registered once, not
     * looked up per record.
     */
    private final Timer lag;

    /** The hops of the lag that this consumer sees ({@link Hops}). */
    private final Timer kafkaToConsumer;

    private final Timer readModelWrite;

    private final Timer offsetCommit;

    /** When this thread's last record's writes were done, for the commit hop ({@link #committed}). */
    private final ThreadLocal<Long> writtenAt = new ThreadLocal<>();

    CloudEventDispatcher(CloudEventConsumer consumer, EventTypes types, ConsumerPositions positions,
            ParkedAggregates parked, DeadLetters deadLetters, MeterRegistry meters) {
        this(consumer, types, positions, parked, deadLetters, meters, true);
    }

    private CloudEventDispatcher(CloudEventConsumer consumer, EventTypes types, ConsumerPositions positions,
            ParkedAggregates parked, DeadLetters deadLetters, MeterRegistry meters, boolean metered) {
        this.consumer = consumer;
        this.types = types;
        this.positions = positions;
        this.parked = parked;
        this.deadLetters = deadLetters;
        this.meters = meters;
        this.lag = metered ? Hops.timer(meters, "pmo.consumer.lag", "From an event's time to its read-model writes",
                "group", consumer.group()) : null;
        this.kafkaToConsumer = metered ? hop("kafka_to_consumer", "From the publisher's send to the consumer's receipt")
                : null;
        this.readModelWrite = metered ? hop("read_model_write", "The handlers' read-model writes of one event") : null;
        this.offsetCommit = metered ? hop("offset_commit", "From the read-model writes to the offset's commit") : null;
    }

    private Timer hop(String hop, String description) {
        return Hops.timer(meters, "pmo.consumer.hop", description, "group", consumer.group(), "hop", hop);
    }

    /**
     * The same handlers with the rebuild's own dedupe positions, for {@link #replay} only: no dead letters, no
     * parking, and no lag recorded (events from months ago would swamp the live group's histogram).
     */
    CloudEventDispatcher forRebuild(ConsumerPositions rebuildPositions) {
        return new CloudEventDispatcher(consumer, types, rebuildPositions, parked, deadLetters, meters, false);
    }

    /** What became of a record. */
    enum Outcome {
        APPLIED, SKIPPED_DUPLICATE, SKIPPED_NO_HANDLER, DEAD_LETTERED, PARKED
    }

    String group() {
        return consumer.group();
    }

    CloudEventConsumer consumer() {
        return consumer;
    }

    /**
     * Handles a record from the topic.
     * @throws RuntimeException only if a handler (or the bookkeeping) failed: retry the record
     */
    Outcome onMessage(ConsumerRecord<String, byte[]> record) {
        if (kafkaToConsumer != null) {
            Hops.record(kafkaToConsumer, Hops.publishedAt(record.headers()), Instant.now());
        }
        Outcome outcome = handle(record);
        count(outcome);
        return outcome;
    }

    private Outcome handle(ConsumerRecord<String, byte[]> record) {
        CloudEvent event;
        try {
            event = read(record);
        }
        catch (UnhandleableEventException ex) {
            return deadLetter(record, DeadLetters.Known.NOTHING, record.key(), ex.getMessage(), ex);
        }
        DeadLetters.Known known = known(event);
        String aggregateId = known.aggregateId();
        if (positions.isApplied(group(), aggregateId, event.aggregatesequence())) {
            log.debug("{}: event {} of {} at {} was applied already", group(), event.id(), aggregateId,
                    event.aggregatesequence());
            return Outcome.SKIPPED_DUPLICATE;
        }
        String blocking = parked.blockingEvent(group(), aggregateId);
        if (blocking != null) {
            String reason = "parked behind " + blocking;
            deadLetters.send(group(), record, known, reason, null);
            parked.park(group(), aggregateId, known.tenantId(), event.id(), reason);
            log.warn("{}: event {} of {} at {} is {}", group(), event.id(), aggregateId, event.aggregatesequence(),
                    reason);
            return Outcome.PARKED;
        }
        ReceivedEvent<?> received;
        try {
            received = receive(event);
        }
        catch (UnhandleableEventException ex) {
            return deadLetter(record, known, aggregateId, ex.getMessage(), ex);
        }
        return apply(received);
    }

    /** After the container's last retry: the handler keeps failing, so the record goes to the dead-letter topic. */
    void recover(ConsumerRecord<String, byte[]> record, Exception failure) {
        Throwable cause = failure.getCause() != null
                && failure instanceof ListenerExecutionFailedException
                        ? failure.getCause() : failure;
        DeadLetters.Known known = DeadLetters.Known.NOTHING;
        String aggregateId = record.key();
        try {
            CloudEvent event = read(record);
            known = known(event);
            aggregateId = known.aggregateId();
        }
        catch (UnhandleableEventException ex) {
            // recorded with what the record itself says
        }
        count(deadLetter(record, known, aggregateId, cause.getClass().getName() + ": " + cause.getMessage(), cause));
    }

    /**
     * Re-handles a dead-lettered record once, without retries and without dead-lettering it again.
     * @return APPLIED or SKIPPED_*
     * @throws RuntimeException if it still cannot be handled
     */
    Outcome replay(ConsumerRecord<String, byte[]> original) {
        CloudEvent event = read(original);
        if (positions.isApplied(group(), known(event).aggregateId(), event.aggregatesequence())) {
            return Outcome.SKIPPED_DUPLICATE;
        }
        return apply(receive(event));
    }

    /** The container committed the offset of this thread's last record: times the commit hop once. */
    void committed() {
        Long written = writtenAt.get();
        if (written != null && offsetCommit != null) {
            offsetCommit.record(System.nanoTime() - written, TimeUnit.NANOSECONDS);
            writtenAt.remove();
        }
    }

    boolean isApplied(String aggregateId, long sequence) {
        return positions.isApplied(group(), aggregateId, sequence);
    }

    private void count(Outcome outcome) {
        meters.counter("pmo.consumer.records", "group", group(), "outcome", outcome.name().toLowerCase(Locale.ROOT))
                .increment();
    }

    private Outcome apply(ReceivedEvent<?> received) {
        Outcome outcome;
        if (received.event() == null) {
            outcome = Outcome.SKIPPED_NO_HANDLER;
        }
        else {
            long start = System.nanoTime();
            consumer.dispatch(received);
            outcome = Outcome.APPLIED;
            positions.markApplied(group(), received);
            if (lag != null) {
                long written = System.nanoTime();
                readModelWrite.record(written - start, TimeUnit.NANOSECONDS);
                writtenAt.set(written);
                Hops.record(lag, received.time(), Instant.now());
            }
            return outcome;
        }
        positions.markApplied(group(), received);
        return outcome;
    }

    private Outcome deadLetter(ConsumerRecord<String, byte[]> record, DeadLetters.Known known, String aggregateId,
            String reason, Throwable cause) {
        deadLetters.send(group(), record, known, reason, cause);
        if (aggregateId != null && known.tenantId() != null) {
            parked.park(group(), aggregateId, known.tenantId(), known.eventId() != null ? known.eventId()
                    : record.topic() + "-" + record.partition() + "@" + record.offset(), reason);
        }
        log.error("{}: dead-lettered {}-{}@{} (key {}, event {}): {}", group(), record.topic(), record.partition(),
                record.offset(), record.key(), known.eventId(), reason);
        return Outcome.DEAD_LETTERED;
    }

    /** The envelope, with an aggregate and a sequence, or unhandleable. */
    private static CloudEvent read(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            throw new UnhandleableEventException("The record has no value");
        }
        CloudEvent event;
        try {
            event = CloudEvent.parse(record.value());
        }
        catch (IllegalArgumentException ex) {
            throw new UnhandleableEventException("Not a CloudEvent: " + ex.getMessage(), ex);
        }
        if (event.subject() == null && record.key() == null) {
            throw new UnhandleableEventException("Event " + event.id() + " names no aggregate (no subject, no key)");
        }
        if (event.aggregatesequence() < 0) {
            throw new UnhandleableEventException("Event " + event.id() + " has no aggregatesequence");
        }
        if (event.subject() == null) {
            // the key is the aggregate id on every PMO topic
            event = new CloudEvent(event.id(), event.source(), event.type(), record.key(), event.time(),
                    event.tenantid(), event.principal(), event.correlationid(), event.causationid(),
                    event.aggregatesequence(), event.data());
        }
        return event;
    }

    /** The typed event; a type with no handler here is received without a record (it is only tracked). */
    private ReceivedEvent<?> receive(CloudEvent event) {
        Class<?> type = types.resolve(event.type());
        Object data = consumer.handles(type) ? types.read(event.type(), event.data()) : null;
        ReceivedEvent<?> received = ReceivedEvent.of(group(), event, data);
        if (data != null && received.tenantId() == null) {
            throw new UnhandleableEventException("Event " + event.id() + " names no tenant");
        }
        return received;
    }

    private static DeadLetters.Known known(CloudEvent event) {
        return new DeadLetters.Known(event.id(), event.type(), event.tenantid(), event.subject(),
                event.aggregatesequence());
    }
}
