package io.pmo.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import io.pmo.events.common.CloudEvent;
import io.pmo.events.common.EventCatalog;
import io.pmo.events.common.Money;
import io.pmo.events.common.PmoJson;
import io.pmo.events.portfolio.FundingApproved;

/**
 * Issue 4's reaction through the real broker: portfolio-service's {@code FundingApproved} (published here by the
 * test, as portfolio-service will) moves the project it names from PROPOSED to APPROVED; the same CloudEvent
 * delivered again changes nothing; funding for a project that does not exist lands in the dead-letter topic of
 * project-service's group with its reason, while another portfolio's event keeps flowing.
 */
class FundingReactionIT {

    private static final String TOPIC = "pmo.portfolio.events";

    private static final String DLQ = TOPIC + ".project-service.dlq";

    private final DevStack stack = TestStack.get();

    private final Api api = Api.as("acme", "project_manager");

    @Test
    void approvedFundingApprovesTheProjectOnceAndUnknownProjectsAreDeadLettered() throws Exception {
        String projectId = api.createProject("Funded " + UUID.randomUUID());
        StoreProbe store = StoreProbe.project(stack);
        CloudEvent funding = funding(UUID.randomUUID().toString(), projectId);

        try (KafkaProducer<String, byte[]> producer = producer()) {
            send(producer, funding);
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> api.get("/api/v1/projects/" + projectId).json().get("status").asText().equals("APPROVED"));
            assertThat(store.events(projectId)).hasSize(3);
            // the conversation goes on across contexts: the approval carries the funding event's correlation id
            assertThat(store.events(projectId).get(2).metadata())
                    .contains("\"correlationId\":\"" + funding.correlationid() + "\"");

            send(producer, funding);
            String unknownProject = UUID.randomUUID().toString();
            CloudEvent poison = funding(UUID.randomUUID().toString(), unknownProject);
            send(producer, poison);
            String otherProject = api.createProject("Funded too " + UUID.randomUUID());
            send(producer, funding(UUID.randomUUID().toString(), otherProject));

            await().atMost(Duration.ofSeconds(60)).until(() -> api.get("/api/v1/projects/" + otherProject).json()
                    .get("status").asText().equals("APPROVED"));
            TopicProbe topics = new TopicProbe(stack.kafkaBootstrapServers());
            await().atMost(Duration.ofSeconds(90)).until(() -> !topics.readAll(DLQ).isEmpty());
            var deadLetter = topics.readAll(DLQ).get(0);
            assertThat(deadLetter.key()).isEqualTo(poison.subject());
            assertThat(CloudEvent.parse(deadLetter.value()).id()).isEqualTo(poison.id());
            assertThat(new String(deadLetter.headers().lastHeader("pmo-dlq-reason").value(), StandardCharsets.UTF_8))
                    .isNotBlank();

            Quiescence.await(stack);
            assertThat(store.events(projectId)).as("the redelivered event changed nothing").hasSize(3);
            Api.Response listed = Api.as("acme", "pmo_admin").get("/api/v1/admin/consumers/project-service/dlq");
            assertThat(listed.status()).isEqualTo(200);
            assertThat(listed.json().get("total").asInt()).isEqualTo(1);
        }
    }

    private static CloudEvent funding(String portfolioId, String projectId) {
        FundingApproved event = new FundingApproved(portfolioId, "acme", UUID.randomUUID().toString(), projectId,
                Money.of("250000.00", "EUR"), LocalDate.of(2027, 1, 4));
        return new CloudEvent(UUID.randomUUID().toString(), "/pmo/portfolio-service",
                EventCatalog.cloudEventType(FundingApproved.class), portfolioId, Instant.now(), "acme",
                "dev-acme-portfolio_manager", "funding-" + portfolioId, UUID.randomUUID().toString(), 0,
                PmoJson.mapper().valueToTree(event));
    }

    private KafkaProducer<String, byte[]> producer() {
        return new TopicProbe(stack.kafkaBootstrapServers()).producer();
    }

    private static void send(KafkaProducer<String, byte[]> producer, CloudEvent event) throws Exception {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(TOPIC, event.subject(), event.toBytes());
        record.headers().add("content-type", CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        producer.send(record).get();
    }
}
