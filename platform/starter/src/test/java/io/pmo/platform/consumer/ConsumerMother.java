package io.pmo.platform.consumer;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.record.TimestampType;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.support.SendResult;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.pmo.events.common.CloudEvent;
import io.pmo.events.common.EventCatalog;
import io.pmo.events.common.PmoJson;
import io.pmo.events.project.ProjectCreated;
import io.pmo.events.project.ProjectRenamed;
import io.pmo.events.project.ProjectStatus;
import io.pmo.events.sample.WidgetRenamed;

/** Test data of the consumer toolkit: events as CloudEvent records, upcasters, and a dead-letter topic in memory. */
final class ConsumerMother {

    static final String GROUP = "toolkit-test";

    static final String TOPIC = EventCatalog.topic("project");

    static final String DLQ = TOPIC + "." + GROUP + ".dlq";

    static final String TENANT = "acme";

    static final String OTHER_TENANT = "globex";

    static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);

    private ConsumerMother() {
    }

    static String newId() {
        return UUID.randomUUID().toString();
    }

    static CloudEvent created(String tenant, String projectId, long sequence) {
        return event(tenant, projectId, sequence, new ProjectCreated(projectId, tenant, "Project " + projectId,
                T0.atZone(ZoneOffset.UTC).toLocalDate(), T0.atZone(ZoneOffset.UTC).toLocalDate().plusMonths(6),
                ProjectStatus.PROPOSED));
    }

    static CloudEvent renamed(String tenant, String projectId, long sequence) {
        return event(tenant, projectId, sequence, new ProjectRenamed(projectId, tenant, "n" + (sequence - 1),
                "n" + sequence));
    }

    /** A project's history: created at 0, renamed at every later sequence. */
    static List<CloudEvent> history(String tenant, String projectId, int length) {
        List<CloudEvent> events = new ArrayList<>();
        events.add(created(tenant, projectId, 0));
        for (int sequence = 1; sequence < length; sequence++) {
            events.add(renamed(tenant, projectId, sequence));
        }
        return events;
    }

    static CloudEvent event(String tenant, String aggregateId, long sequence, Object data) {
        return withType(EventCatalog.cloudEventType(data.getClass()), tenant, aggregateId, sequence,
                PmoJson.mapper().valueToTree(data));
    }

    static CloudEvent withType(String type, String tenant, String aggregateId, long sequence, JsonNode data) {
        return new CloudEvent(newId(), "/pmo/test-service", type, aggregateId, T0.plusSeconds(60 * sequence), tenant,
                "user-7", "corr-" + aggregateId, "cause-" + sequence, sequence, data);
    }

    /** {@link WidgetRenamed} as revision 1 published it: {@code title}, no {@code label}. */
    static CloudEvent widgetRenamedV1(String tenant, String widgetId, long sequence, String title) {
        ObjectNode data = PmoJson.mapper().createObjectNode().put("widgetId", widgetId).put("tenantId", tenant)
                .put("title", title);
        return withType("io.pmo.sample.WidgetRenamed.v1", tenant, widgetId, sequence, data);
    }

    /** v1 -> v2: {@code title} became {@code name}. */
    static CloudEventUpcaster widgetTitleToName() {
        return upcaster(1, data -> {
            ObjectNode next = data.deepCopy();
            next.set("name", next.remove("title"));
            return next;
        });
    }

    /** v2 -> v3: {@code label} was added, {@code unlabelled} for older events. */
    static CloudEventUpcaster widgetLabel() {
        return upcaster(2, data -> ((ObjectNode) data.deepCopy()).put("label", "unlabelled"));
    }

    private static CloudEventUpcaster upcaster(int from, UnaryOperator<JsonNode> step) {
        return new CloudEventUpcaster() {

            @Override
            public String eventType() {
                return "io.pmo.sample.WidgetRenamed";
            }

            @Override
            public int fromRevision() {
                return from;
            }

            @Override
            public JsonNode upcast(JsonNode data) {
                return step.apply(data);
            }
        };
    }

    static EventTypes types() {
        List<Class<?>> published = new ArrayList<>(EventCatalog.published());
        published.add(WidgetRenamed.class);
        return new EventTypes(published, List.of(widgetTitleToName(), widgetLabel()));
    }

    static ConsumerRecord<String, byte[]> record(CloudEvent event, long offset) {
        return record(event.subject(), event.toBytes(), offset);
    }

    static ConsumerRecord<String, byte[]> record(String key, byte[] value, long offset) {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(TOPIC, 1, offset, key, value);
        record.headers().add("content-type", CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        return record;
    }

    /**
     * Dead-letter topics in memory: what is sent is kept in order (one partition), and read back through a
     * {@link MockConsumer} as the toolkit's reader would read it from a broker.
     */
    static final class DeadLetterTopics {

        private final List<ProducerRecord<String, byte[]>> sent = new ArrayList<>();

        private final DeadLetters deadLetters;

        @SuppressWarnings("unchecked")
        DeadLetterTopics() {
            KafkaOperations<String, byte[]> kafka = mock(KafkaOperations.class);
            when(kafka.send(any(ProducerRecord.class))).thenAnswer(invocation -> {
                ProducerRecord<String, byte[]> record = invocation.getArgument(0);
                sent.add(record);
                return CompletableFuture.completedFuture(new SendResult<>(record,
                        new RecordMetadata(new TopicPartition(record.topic(), 0), sent.size() - 1, 0, 0, 0, 0)));
            });
            deadLetters = new DeadLetters(kafka, clientId -> reader(), CLOCK, Duration.ofSeconds(5));
        }

        DeadLetters deadLetters() {
            return deadLetters;
        }

        List<ProducerRecord<String, byte[]>> sent() {
            return sent;
        }

        /** The header of the n-th dead-lettered record. */
        String header(int index, String key) {
            var header = sent.get(index).headers().lastHeader(key);
            return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        }

        private MockConsumer<String, byte[]> reader() {
            MockConsumer<String, byte[]> consumer = new MockConsumer<>("earliest");
            TopicPartition partition = new TopicPartition(DLQ, 0);
            consumer.updatePartitions(DLQ, List.of(new PartitionInfo(DLQ, 0, Node.noNode(), new Node[0], new Node[0])));
            consumer.updateBeginningOffsets(Map.of(partition, 0L));
            consumer.updateEndOffsets(Map.of(partition, (long) sent.size()));
            List<ProducerRecord<String, byte[]>> snapshot = List.copyOf(sent);
            consumer.schedulePollTask(() -> {
                for (int offset = 0; offset < snapshot.size(); offset++) {
                    ProducerRecord<String, byte[]> record = snapshot.get(offset);
                    consumer.addRecord(new ConsumerRecord<>(DLQ, 0, offset, 0L,
                            TimestampType.CREATE_TIME, 0, 0, record.key(),
                            record.value(), record.headers(), Optional.empty()));
                }
            });
            return consumer;
        }
    }
}
