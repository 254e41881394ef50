package io.pmo.platform.consumer;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The dead-letter topics {@code <topic>.<group>.dlq}. A dead-lettered record keeps its key (so an aggregate's
 * messages stay in one partition, in order), its value and its headers, and gets {@code pmo-dlq-*} headers, all
 * UTF-8 strings so that kcat shows them: the reason, the exception class, the original topic, partition and
 * offset, the consumer group, the time, and what the toolkit knew of the event (id, type, tenant, aggregate,
 * sequence). Sends are awaited: the original offset is committed only after the dead-letter topic has it.
 */
final class DeadLetters implements AutoCloseable {

    static final String REASON = "pmo-dlq-reason";
    static final String EXCEPTION = "pmo-dlq-exception";
    static final String ORIGINAL_TOPIC = "pmo-dlq-original-topic";
    static final String ORIGINAL_PARTITION = "pmo-dlq-original-partition";
    static final String ORIGINAL_OFFSET = "pmo-dlq-original-offset";
    static final String GROUP = "pmo-dlq-group";
    static final String TIME = "pmo-dlq-time";
    static final String EVENT_ID = "pmo-dlq-event-id";
    static final String EVENT_TYPE = "pmo-dlq-event-type";
    static final String TENANT = "pmo-dlq-tenant";
    static final String AGGREGATE = "pmo-dlq-aggregate";
    static final String SEQUENCE = "pmo-dlq-sequence";

    private static final String PREFIX = "pmo-dlq-";

    private final KafkaOperations<String, byte[]> kafka;

    private final Function<String, Consumer<String, byte[]>> readers;

    private final Clock clock;

    private final Duration timeout;

    /**
     * @param readers makes a group-less consumer (the argument is a client id suffix) to read a topic from offset 0
     */
    DeadLetters(KafkaOperations<String, byte[]> kafka, Function<String, Consumer<String, byte[]>> readers,
            Clock clock, Duration timeout) {
        this.kafka = kafka;
        this.readers = readers;
        this.clock = clock;
        this.timeout = timeout;
    }

    /** What the toolkit knew of a message it dead-letters; any part may be null (an unparseable message). */
    record Known(String eventId, String type, String tenantId, String aggregateId, Long sequence) {

        static final Known NOTHING = new Known(null, null, null, null, null);
    }

    /** Sends the record to its group's dead-letter topic and waits for the acknowledgement. */
    void send(String group, ConsumerRecord<String, byte[]> original, Known known, String reason, Throwable cause) {
        Headers headers = new RecordHeaders();
        for (Header header : original.headers()) {
            if (!header.key().startsWith(PREFIX)) {
                headers.add(header);
            }
        }
        put(headers, REASON, reason);
        put(headers, EXCEPTION, cause == null ? null : cause.getClass().getName());
        put(headers, ORIGINAL_TOPIC, original.topic());
        put(headers, ORIGINAL_PARTITION, Integer.toString(original.partition()));
        put(headers, ORIGINAL_OFFSET, Long.toString(original.offset()));
        put(headers, GROUP, group);
        put(headers, TIME, clock.instant().toString());
        put(headers, EVENT_ID, known.eventId());
        put(headers, EVENT_TYPE, known.type());
        put(headers, TENANT, known.tenantId());
        put(headers, AGGREGATE, known.aggregateId());
        put(headers, SEQUENCE, known.sequence() == null ? null : known.sequence().toString());
        String topic = CloudEventConsumer.deadLetterTopic(original.topic(), group);
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, null, original.key(), original.value(),
                headers);
        try {
            kafka.send(record).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while dead-lettering to " + topic, ex);
        }
        catch (ExecutionException | TimeoutException ex) {
            throw new IllegalStateException("Could not dead-letter " + original.topic() + "-" + original.partition()
                    + "@" + original.offset() + " to " + topic + "; the record will be retried", ex);
        }
    }

    /**
     * Every record of a dead-letter topic up to its current end, in order per partition (and so per aggregate),
     * partitions one after the other. A topic that does not exist yet has no records.
     */
    List<ConsumerRecord<String, byte[]>> readAll(String topic) {
        try (Consumer<String, byte[]> consumer = readers.apply("dlq-reader-" + UUID.randomUUID())) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, timeout);
            if (infos == null || infos.isEmpty()) {
                return List.of();
            }
            List<TopicPartition> partitions = infos.stream().map(p -> new TopicPartition(topic, p.partition()))
                    .sorted((a, b) -> Integer.compare(a.partition(), b.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            Map<Integer, List<ConsumerRecord<String, byte[]>>> byPartition = new HashMap<>();
            long deadline = System.nanoTime() + timeout.toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p, timeout) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Could not read " + topic + " to its end within " + timeout);
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.offset() < end.get(new TopicPartition(topic, record.partition()))) {
                        byPartition.computeIfAbsent(record.partition(), p -> new ArrayList<>()).add(record);
                    }
                }
            }
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            partitions.forEach(p -> records.addAll(byPartition.getOrDefault(p.partition(), List.of())));
            return records;
        }
    }

    /** Closes the producer, if this instance owns one. */
    @Override
    public void close() throws Exception {
        if (kafka instanceof KafkaTemplate<?, ?> template
                && template.getProducerFactory() instanceof DisposableBean producer) {
            producer.destroy();
        }
    }

    static String header(ConsumerRecord<String, byte[]> record, String key) {
        Header header = record.headers().lastHeader(key);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** The record as it was before it was dead-lettered: original topic, partition, offset and headers. */
    static ConsumerRecord<String, byte[]> original(ConsumerRecord<String, byte[]> deadLettered) {
        Headers headers = new RecordHeaders();
        for (Header header : deadLettered.headers()) {
            if (!header.key().startsWith(PREFIX)) {
                headers.add(header);
            }
        }
        String topic = header(deadLettered, ORIGINAL_TOPIC);
        String partition = header(deadLettered, ORIGINAL_PARTITION);
        String offset = header(deadLettered, ORIGINAL_OFFSET);
        return new ConsumerRecord<>(topic == null ? deadLettered.topic() : topic,
                partition == null ? deadLettered.partition() : Integer.parseInt(partition),
                offset == null ? deadLettered.offset() : Long.parseLong(offset), deadLettered.timestamp(),
                deadLettered.timestampType(), ConsumerRecord.NULL_SIZE, ConsumerRecord.NULL_SIZE, deadLettered.key(),
                deadLettered.value(), headers, Optional.empty());
    }

    private static void put(Headers headers, String key, String value) {
        if (value != null) {
            headers.add(key, value.getBytes(StandardCharsets.UTF_8));
        }
    }
}
