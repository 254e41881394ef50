package io.pmo.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.pmo.events.common.CloudEvent;
import io.pmo.events.common.EventCatalog;
import io.pmo.events.common.EventSchemas;
import io.pmo.events.common.PmoJson;

/**
 * Every message on {@code pmo.project.events}, read by a raw byte[] consumer, is a valid CloudEvent whose data
 * validates against its event's JSON Schema in platform/events; every published event type shows up.
 */
class CloudEventContractIT {

    private final DevStack stack = TestStack.get();

    private final Api api = Api.as("acme", "project_manager");

    @Test
    void everyMessageOnTheProjectTopicIsAValidCloudEventWithSchemaValidData() throws Exception {
        String projectId = api.createProject("Contract " + UUID.randomUUID());
        assertThat(api.put("/api/v1/projects/" + projectId + "/name", "{\"name\":\"Contract renamed\"}").status())
                .isEqualTo(200);
        assertThat(api.put("/api/v1/projects/" + projectId + "/planned-dates",
                "{\"plannedStart\":\"2027-02-01\",\"plannedFinish\":\"2027-12-17\"}").status()).isEqualTo(200);
        for (String status : List.of("APPROVED", "ACTIVE", "ON_HOLD", "ACTIVE", "CANCELLED")) {
            assertThat(api.post("/api/v1/projects/" + projectId + "/status-changes",
                    "{\"status\":\"" + status + "\",\"reason\":\"steering committee\"}").status()).isEqualTo(200);
        }
        Quiescence.await(stack);

        List<ConsumerRecord<String, byte[]>> records = new TopicProbe(stack.kafkaBootstrapServers())
                .readAll("pmo.project.events");
        assertThat(records).isNotEmpty();
        Set<String> types = new HashSet<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            JsonNode envelope = PmoJson.mapper().readTree(record.value());
            assertThat(EventSchemas.validateEnvelope(envelope)).as("envelope of %s", envelope).isEmpty();
            CloudEvent event = CloudEvent.parse(record.value());
            assertThat(EventSchemas.validate(event.type(), event.data())).as("data of %s", envelope).isEmpty();
            assertThat(record.key()).isEqualTo(event.subject());
            assertThat(event.tenantid()).isNotBlank();
            assertThat(event.correlationid()).isNotBlank();
            types.add(event.type());
        }
        assertThat(types).containsAll(EventCatalog.published().stream().map(EventCatalog::cloudEventType).toList());
        assertThat(records.stream().filter(r -> projectId.equals(r.key()))).hasSize(8);
    }

    @Test
    void theProjectTopicKeepsEventsForever() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                stack.kafkaBootstrapServers()))) {
            ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, "pmo.project.events");
            Config config = admin.describeConfigs(List.of(topic)).all().get().get(topic);
            assertThat(config.get("retention.ms").value()).isEqualTo("-1");
            assertThat(config.get("cleanup.policy").value()).isEqualTo("delete");
        }
    }
}
