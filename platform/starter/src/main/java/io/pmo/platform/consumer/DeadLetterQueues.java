package io.pmo.platform.consumer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.pmo.platform.query.TenantQueries.Page;

/**
 * Inspecting and replaying the dead-letter topics of the consumer groups, for one tenant at a time: a tenant
 * sees and replays only its own entries (those whose event names it). Behind the admin endpoints.
 */
public final class DeadLetterQueues {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterQueues.class);

    private final Map<String, CloudEventDispatcher> dispatchers = new LinkedHashMap<>();

    private final DeadLetters deadLetters;

    private final ParkedAggregates parked;

    DeadLetterQueues(List<CloudEventDispatcher> dispatchers, DeadLetters deadLetters, ParkedAggregates parked) {
        dispatchers.forEach(dispatcher -> this.dispatchers.put(dispatcher.group(), dispatcher));
        this.deadLetters = deadLetters;
        this.parked = parked;
    }

    /**
     * One dead-lettered message as the admin endpoint lists it.
     *
     * @param applied whether the group has applied the event since (by a replay)
     */
    public record Entry(String reason, String exception, String eventId, String type, String aggregateId,
            Long sequence, String originalTopic, int originalPartition, long originalOffset, String dlqTopic,
            int dlqPartition, long dlqOffset, Instant deadLetteredAt, boolean applied) {
    }

    /** The counts of a replay; {@code stillParked} names the aggregates that stay held back. */
    public record ReplayResult(int applied, int skipped, int failed, int unparked, List<String> stillParked) {
    }

    public boolean exists(String group) {
        return dispatchers.containsKey(group);
    }

    /** The tenant's entries of a group's dead-letter topics, in order, one page of them. */
    public Page<Entry> list(String group, String tenantId, int page, int size) {
        CloudEventDispatcher dispatcher = dispatcher(group);
        List<Entry> entries = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : tenantRecords(dispatcher, tenantId)) {
            entries.add(entry(dispatcher, record));
        }
        int from = (int) Math.min((long) page * size, entries.size());
        int to = (int) Math.min((long) from + size, entries.size());
        return new Page<>(List.copyOf(entries.subList(from, to)), page, size, entries.size());
    }

    /**
     * Re-handles the tenant's entries from the start of the group's dead-letter topics, in order: an event
     * applied already is skipped, one that fails again stays (and so do the later entries of its aggregate). An
     * aggregate whose entries are now all applied flows again, unless a message of it was parked meanwhile.
     */
    public ReplayResult replay(String group, String tenantId) {
        CloudEventDispatcher dispatcher = dispatcher(group);
        Map<String, Long> parkedBefore = parked.parked(group, tenantId);
        int applied = 0;
        int skipped = 0;
        int failed = 0;
        Set<String> blocked = new HashSet<>();
        for (ConsumerRecord<String, byte[]> record : tenantRecords(dispatcher, tenantId)) {
            String aggregateId = DeadLetters.header(record, DeadLetters.AGGREGATE);
            if (blocked.contains(aggregateId)) {
                failed++;
                continue;
            }
            try {
                CloudEventDispatcher.Outcome outcome = dispatcher.replay(DeadLetters.original(record));
                if (outcome == CloudEventDispatcher.Outcome.SKIPPED_DUPLICATE) {
                    skipped++;
                }
                else {
                    applied++;
                }
            }
            catch (RuntimeException ex) {
                failed++;
                blocked.add(aggregateId);
                log.warn("{}: replaying {}-{}@{} (event {}) failed again, its aggregate {} stays parked: {}", group,
                        record.topic(), record.partition(), record.offset(),
                        DeadLetters.header(record, DeadLetters.EVENT_ID), aggregateId, ex.toString());
            }
        }
        int unparked = 0;
        List<String> stillParked = new ArrayList<>();
        for (Map.Entry<String, Long> aggregate : parkedBefore.entrySet()) {
            if (!blocked.contains(aggregate.getKey())
                    && parked.unpark(group, aggregate.getKey(), aggregate.getValue())) {
                unparked++;
            }
            else {
                stillParked.add(aggregate.getKey());
            }
        }
        log.info("{}: replayed the dead letters of tenant {}: {} applied, {} skipped, {} failed, {} unparked", group,
                tenantId, applied, skipped, failed, unparked);
        return new ReplayResult(applied, skipped, failed, unparked, List.copyOf(stillParked));
    }

    private CloudEventDispatcher dispatcher(String group) {
        CloudEventDispatcher dispatcher = dispatchers.get(group);
        if (dispatcher == null) {
            throw new IllegalArgumentException("No consumer group " + group);
        }
        return dispatcher;
    }

    private List<ConsumerRecord<String, byte[]>> tenantRecords(CloudEventDispatcher dispatcher, String tenantId) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        for (String topic : dispatcher.consumer().topics()) {
            String deadLetterTopic = dispatcher.consumer().deadLetterTopic(topic);
            for (ConsumerRecord<String, byte[]> record : deadLetters.readAll(deadLetterTopic)) {
                if (tenantId.equals(DeadLetters.header(record, DeadLetters.TENANT))) {
                    records.add(record);
                }
            }
        }
        return records;
    }

    private static Entry entry(CloudEventDispatcher dispatcher, ConsumerRecord<String, byte[]> record) {
        String aggregateId = DeadLetters.header(record, DeadLetters.AGGREGATE);
        String sequence = DeadLetters.header(record, DeadLetters.SEQUENCE);
        Long seq = sequence == null ? null : Long.valueOf(sequence);
        String time = DeadLetters.header(record, DeadLetters.TIME);
        String partition = DeadLetters.header(record, DeadLetters.ORIGINAL_PARTITION);
        String offset = DeadLetters.header(record, DeadLetters.ORIGINAL_OFFSET);
        return new Entry(DeadLetters.header(record, DeadLetters.REASON),
                DeadLetters.header(record, DeadLetters.EXCEPTION),
                DeadLetters.header(record, DeadLetters.EVENT_ID), DeadLetters.header(record, DeadLetters.EVENT_TYPE),
                aggregateId, seq, DeadLetters.header(record, DeadLetters.ORIGINAL_TOPIC),
                partition == null ? -1 : Integer.parseInt(partition), offset == null ? -1 : Long.parseLong(offset),
                record.topic(), record.partition(), record.offset(), time == null ? null : Instant.parse(time),
                aggregateId != null && seq != null && dispatcher.isApplied(aggregateId, seq));
    }
}
