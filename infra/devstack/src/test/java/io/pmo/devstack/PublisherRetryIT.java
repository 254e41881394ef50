package io.pmo.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.pmo.events.common.CloudEvent;

/** The publisher never skips: while Kafka sends fail nothing is lost, and every event arrives once they work. */
class PublisherRetryIT {

    private final DevStack stack = TestStack.get();

    private final Api api = Api.as("acme", "project_manager");

    @AfterEach
    void recover() {
        FaultyKafkaTemplate.FAILING.set(false);
    }

    @Test
    void eventsStoredWhileKafkaSendsFailArriveInOrderOnceSendsSucceedAgain() {
        Quiescence.await(stack);
        TopicProbe topic = new TopicProbe(stack.kafkaBootstrapServers());
        int failedBefore = FaultyKafkaTemplate.FAILED_SENDS.get();
        FaultyKafkaTemplate.FAILING.set(true);

        List<String> projects = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String projectId = api.createProject("Outage " + i + " " + UUID.randomUUID());
            assertThat(api.put("/api/v1/projects/" + projectId + "/name", "{\"name\":\"Outage renamed " + i + "\"}")
                    .status()).isEqualTo(200);
            projects.add(projectId);
        }
        // the publisher keeps trying and failing: the writes are safe in the store, nothing reached Kafka
        await().atMost(Duration.ofSeconds(60)).until(() -> FaultyKafkaTemplate.FAILED_SENDS.get() > failedBefore + 20);
        assertThat(topic.readAll("pmo.project.events")).noneMatch(r -> projects.contains(r.key()));

        FaultyKafkaTemplate.FAILING.set(false);
        Quiescence.await(stack);

        Map<String, List<Long>> sequences = topic.readAll("pmo.project.events").stream()
                .filter(r -> projects.contains(r.key()))
                .collect(Collectors.groupingBy(ConsumerRecord::key,
                        Collectors.mapping(r -> CloudEvent.parse(r.value()).aggregatesequence(), Collectors.toList())));
        assertThat(sequences).hasSize(10);
        // created, manager assigned, renamed
        sequences.values().forEach(seq -> assertThat(seq).containsExactly(0L, 1L, 2L));
        try (ReadModelProbe mongo = ReadModelProbe.reporting(stack)) {
            for (int i = 0; i < projects.size(); i++) {
                assertThat(mongo.byId("report_projects", projects.get(i)).getString("name"))
                        .isEqualTo("Outage renamed " + i);
            }
        }
    }
}
