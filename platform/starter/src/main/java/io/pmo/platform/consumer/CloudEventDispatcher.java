package io.pmo.platform.consumer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.pmo.events.common.CloudEvent;
import io.pmo.platform.messaging.Hops;

/**
 * The consumer toolkit's handling of a poll's records for one consumer group, record by record in order, with the
 * bookkeeping (positions, parked aggregates) read once per batch and the positions written once per batch
 * ({@link #onBatch}). Each record goes through:
 * <ol>
 * <li>read the CloudEvent; a record that is not one, or has no aggregate or sequence, is dead-lettered (without
 * parking: nothing says for sure which aggregate and tenant it belongs to, so no tenant could see or replay it and
 * the aggregate would be held back for good);</li>
 * <li>dedupe: an event at or below the aggregate's last applied sequence is acknowledged and skipped;</li>
 * <li>parking: if the aggregate has a message in the dead-letter topic, this one joins it there;</li>
 * <li>resolve the type and revision, upcast and bind the data; anything that cannot be read is dead-lettered
 * and parks its aggregate;</li>
 * <li>run the handlers (a type without handlers is skipped), then record the sequence as applied (at the end of
 * the batch, or before a failing record).</li>
 * </ol>
 * Only a failing handler (or the bookkeeping) throws: the listener container retries the record a bounded number of times, then
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
     * its handlers' writes were all made and durable (its batch's inserts and position write), as a histogram so
     * that p50/p99 come out in Prometheus. Registered once, not looked up per record.
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
     * Handles a record from the topic, as a batch of one.
     * @throws BatchListenerFailedException only if a handler (or the bookkeeping) failed: retry the record
     */
    Outcome onMessage(ConsumerRecord<String, byte[]> record) {
        return onBatch(List.of(record)).get(0);
    }

    /**
     * Handles a poll's records in order, with the bookkeeping in bulk: the positions and the parked state of the
     * batch's aggregates are read in two queries, kept up to date in memory while the records are handled (so two
     * events of an aggregate in one batch are deduplicated exactly), and the positions written in one bulk write
     * at the end. That is safe because every read-model write is itself conditional on the source's sequence
     * ({@link SourceGuard}): if the positions do not get written, the redelivered records change nothing.
     * @return what became of each record, in order
     * @throws BatchListenerFailedException naming the first record to retry, once the positions of those before it
     * are written: the container commits the offsets before it and retries or dead-letters it
     */
    List<Outcome> onBatch(List<ConsumerRecord<String, byte[]>> records) {
        if (kafkaToConsumer != null) {
            Instant received = Instant.now();
            records.forEach(record -> Hops.record(kafkaToConsumer, Hops.publishedAt(record.headers()), received));
        }
        try (Batch batch = new Batch(records, true)) {
            for (int i = 0; i < records.size(); i++) {
                try {
                    batch.handle(i);
                }
                catch (RuntimeException ex) {
                    throw batch.failedAt(i, ex);
                }
            }
            batch.flush(records.size());
            return List.of(batch.outcomes);
        }
    }

    /**
     * Re-applies records from the topic in order, the way {@link #onBatch} does but for a rebuild: no dead letters,
     * no parking, no metrics.
     * @throws RuntimeException at the first record that cannot be applied (the positions of those before it are
     * written)
     */
    void replayBatch(List<ConsumerRecord<String, byte[]>> records) {
        try (Batch batch = new Batch(records, false)) {
            for (int i = 0; i < records.size(); i++) {
                try {
                    batch.handle(i);
                }
                catch (RuntimeException ex) {
                    batch.flush(i);
                    throw notApplied(records.get(i), ex);
                }
            }
            batch.flush(records.size());
        }
    }

    private static IllegalStateException notApplied(ConsumerRecord<String, byte[]> record, RuntimeException ex) {
        return new IllegalStateException("Record " + record.topic() + "-" + record.partition() + "@" + record.offset()
                + " (key " + record.key() + ") could not be applied: " + ex, ex);
    }

    /**
     * One poll's records, with their aggregates' positions and parked state read up front, and the handlers'
     * {@link BatchedInserts} gathered until the batch's end.
     */
    private final class Batch implements AutoCloseable {

        private final List<ConsumerRecord<String, byte[]>> records;

        /** Each record's envelope, or why it has none. */
        private final List<Object> read;

        /** Dead letters and parking (the live listener) or neither (a rebuild). */
        private final boolean live;

        private final Map<String, Long> applied;

        private final Map<String, String> blocking;

        /** The event each record applied (null for a record skipped, dead-lettered or parked). */
        private final ReceivedEvent<?>[] appliedEvents;

        /** What became of each record handled so far; counted once its writes are made ({@link #done}). */
        private final Outcome[] outcomes;

        /** The records below this one have their inserts and positions written. */
        private int written;

        private final BatchedInserts.Pending inserts;

        Batch(List<ConsumerRecord<String, byte[]>> records, boolean live) {
            this.records = records;
            this.live = live;
            this.read = new ArrayList<>(records.size());
            this.appliedEvents = new ReceivedEvent<?>[records.size()];
            this.outcomes = new Outcome[records.size()];
            Set<String> aggregates = new HashSet<>();
            for (ConsumerRecord<String, byte[]> record : records) {
                try {
                    CloudEvent event = read(record);
                    read.add(event);
                    aggregates.add(event.subject());
                }
                catch (UnhandleableEventException ex) {
                    read.add(ex);
                }
            }
            try {
                this.applied = positions.lastApplied(group(), aggregates);
                this.blocking = live ? parked.blockingEvents(group(), aggregates) : Map.of();
            }
            catch (RuntimeException ex) {
                throw live ? new BatchListenerFailedException(group() + ": could not read the positions of a batch: "
                        + ex, ex, 0) : ex;
            }
            this.inserts = BatchedInserts.open();
        }

        @Override
        public void close() {
            inserts.close();
        }

        void handle(int index) {
            outcomes[index] = outcome(index);
        }

        private Outcome outcome(int index) {
            ConsumerRecord<String, byte[]> record = records.get(index);
            if (read.get(index) instanceof UnhandleableEventException ex) {
                if (!live) {
                    throw ex;
                }
                return deadLetter(record, DeadLetters.Known.NOTHING, record.key(), ex.getMessage(), ex);
            }
            CloudEvent event = (CloudEvent) read.get(index);
            DeadLetters.Known known = known(event);
            String aggregateId = known.aggregateId();
            if (applied.getOrDefault(aggregateId, -1L) >= event.aggregatesequence()) {
                log.debug("{}: event {} of {} at {} was applied already", group(), event.id(), aggregateId,
                        event.aggregatesequence());
                return Outcome.SKIPPED_DUPLICATE;
            }
            if (live) {
                String blockedBy = blocking.get(aggregateId);
                if (blockedBy != null) {
                    String reason = "parked behind " + blockedBy;
                    deadLetters.send(group(), record, known, reason, null);
                    parked.park(group(), aggregateId, known.tenantId(), event.id(), reason);
                    log.warn("{}: event {} of {} at {} is {}", group(), event.id(), aggregateId,
                            event.aggregatesequence(), reason);
                    return Outcome.PARKED;
                }
            }
            ReceivedEvent<?> received;
            try {
                received = receive(event);
            }
            catch (UnhandleableEventException ex) {
                if (!live) {
                    throw ex;
                }
                Outcome outcome = deadLetter(record, known, aggregateId, ex.getMessage(), ex);
                if (known.tenantId() != null) {
                    blocking.put(aggregateId, event.id());
                }
                return outcome;
            }
            inserts.at(index);
            Outcome outcome = applyOnly(received);
            applied.put(aggregateId, received.sequence());
            appliedEvents[index] = received;
            return outcome;
        }

        /**
         * Sends the gathered inserts of the records before {@code index}, then writes their positions (durably, which
         * makes the handlers' writes durable too); if an insert was refused, only the positions of the records
         * before the first refused one are written, and that record is named for a retry.
         * @throws BatchListenerFailedException (live) or an exception naming the record (a rebuild) if an insert
         * or the positions could not be written
         */
        void flush(int index) {
            BatchedInserts.Refused refused = inserts.flush(index);
            int limit = refused == null ? index : refused.record();
            Map<String, ReceivedEvent<?>> latest = new LinkedHashMap<>();
            List<ReceivedEvent<?>> made = new ArrayList<>();
            int first = -1;
            for (int i = written; i < limit; i++) {
                if (appliedEvents[i] != null) {
                    latest.put(appliedEvents[i].aggregateId(), appliedEvents[i]);
                    made.add(appliedEvents[i]);
                    first = first < 0 ? i : first;
                }
            }
            if (!latest.isEmpty()) {
                try {
                    positions.markApplied(group(), latest.values());
                }
                catch (RuntimeException ex) {
                    if (!live) {
                        throw ex;
                    }
                    done(first);
                    throw new BatchListenerFailedException(group() + ": could not record the positions of a batch: "
                            + ex, ex, first);
                }
                recordLag(made);
            }
            done(limit);
            if (refused != null) {
                if (!live) {
                    throw notApplied(records.get(refused.record()), refused.failure());
                }
                throw new BatchListenerFailedException(group() + ": record " + refused.record() + " of a batch failed: "
                        + refused.failure(), refused.failure(), refused.record());
            }
        }

        /**
         * The records below {@code limit} are done for good (their writes made, or nothing to write): counts their
         * outcomes, once, so that a record retried after a failed batch is not counted twice.
         */
        private void done(int limit) {
            if (live) {
                for (int i = written; i < limit; i++) {
                    if (outcomes[i] != null) {
                        count(outcomes[i]);
                    }
                }
            }
            written = Math.max(written, limit);
        }

        /** The record at {@code index} failed: writes the positions before it and names it for a retry. */
        BatchListenerFailedException failedAt(int index, RuntimeException failure) {
            flush(index);
            return new BatchListenerFailedException(group() + ": record " + index + " of a batch failed: " + failure,
                    failure,
                    index);
        }
    }

    /** After the container's last retry: the handler keeps failing, so the record goes to the dead-letter topic. */
    void recover(ConsumerRecord<String, byte[]> record, Exception failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && (cause instanceof ListenerExecutionFailedException
                || cause instanceof BatchListenerFailedException)) {
            cause = cause.getCause();
        }
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
        Outcome outcome = applyOnly(received);
        positions.markApplied(group(), received);
        recordLag(List.of(received));
        return outcome;
    }

    /** These events' writes are all made and durable: records their lag, and the instant for the commit hop. */
    private void recordLag(List<ReceivedEvent<?>> events) {
        if (lag == null) {
            return;
        }
        Instant now = Instant.now();
        events.stream().filter(event -> event.event() != null).forEach(event -> Hops.record(lag, event.time(), now));
        writtenAt.set(System.nanoTime());
    }

    /** Runs the handlers (the position is the caller's to record). */
    private Outcome applyOnly(ReceivedEvent<?> received) {
        if (received.event() == null) {
            return Outcome.SKIPPED_NO_HANDLER;
        }
        long start = System.nanoTime();
        // durable with the positions written after the handlers (the batch's flush, or markApplied)
        BatchDurability.deferred(() -> consumer.dispatch(received));
        if (readModelWrite != null) {
            readModelWrite.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
        return Outcome.APPLIED;
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
