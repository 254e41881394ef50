package io.pmo.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import com.fasterxml.jackson.databind.JsonNode;

import io.pmo.events.common.CloudEvent;
import io.pmo.events.common.EventCatalog;
import io.pmo.events.common.EventSchemas;
import io.pmo.events.common.PmoJson;

/** Reads a topic from offset 0 with a plain byte[] consumer, as a non-Java subscriber would; resends records. */
final class TopicProbe {

    private final String bootstrapServers;

    TopicProbe(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * Sends these records again, key, value and headers as they are, to their topic: what a publisher does when it
     * retries a batch whose acknowledgement it did not get, so the topic certainly holds duplicates.
     */
    void resend(List<ConsumerRecord<String, byte[]>> records) throws Exception {
        try (KafkaProducer<String, byte[]> producer = producer()) {
            for (ConsumerRecord<String, byte[]> record : records) {
                producer.send(new ProducerRecord<>(record.topic(), null, record.key(), record.value(),
                        record.headers())).get(30, java.util.concurrent.TimeUnit.SECONDS);
            }
        }
    }

    /** A plain byte[] producer with acks=all, as another service or a test writing to a topic would use. */
    KafkaProducer<String, byte[]> producer() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }

    List<ConsumerRecord<String, byte[]>> readAll(String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "probe-" + UUID.randomUUID());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            long deadline = System.currentTimeMillis() + 60_000;
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.currentTimeMillis() > deadline) {
                    throw new AssertionError("could not read " + topic + " to its end");
                }
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }

    /**
     * The messages of one aggregate (the record key) on a context's topic, in order, each checked to be a CloudEvent
     * whose envelope and data fit their JSON Schemas, as a non-Java subscriber would rely on.
     */
    List<CloudEvent> cloudEvents(String topic, String aggregateId) throws IOException {
        List<CloudEvent> events = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : readAll(topic)) {
            if (aggregateId.equals(record.key())) {
                JsonNode envelope = PmoJson.mapper().readTree(record.value());
                assertThat(EventSchemas.validateEnvelope(envelope)).as("envelope of %s", envelope).isEmpty();
                CloudEvent event = CloudEvent.parse(record.value());
                assertThat(EventSchemas.validate(event.type(), event.data())).as("data of %s", envelope).isEmpty();
                events.add(event);
            }
        }
        return events;
    }

    /** Whether the CloudEvent is of the catalogued event class {@code type}. */
    static boolean isA(CloudEvent event, Class<?> type) {
        return event.type().equals(EventCatalog.cloudEventType(type));
    }

    String bootstrapServers() {
        return bootstrapServers;
    }
}
