package io.pmo.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
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
        assertThat(api.put("/api/v1/projects/" + projectId + "/details",
                "{\"methodology\":\"HYBRID\",\"currency\":\"EUR\",\"businessUnit\":\"IT\"}").status()).isEqualTo(200);
        String design = api.post("/api/v1/projects/" + projectId + "/tasks", "{\"name\":\"Design\",\"durationDays\":5,"
                + "\"plannedCost\":{\"amount\":\"1000.00\",\"currency\":\"EUR\"},\"earnedValueMethod\":\"WEIGHTED_MILESTONES\","
                + "\"checkpoints\":[{\"name\":\"Draft\",\"weight\":40},{\"name\":\"Signed off\",\"weight\":60}]}")
                .json().get("id").asText();
        String build = api.post("/api/v1/projects/" + projectId + "/tasks", "{\"name\":\"Build\",\"durationDays\":3,"
                + "\"earnedValueMethod\":\"ZERO_HUNDRED\"}").json().get("id").asText();
        assertThat(api.put("/api/v1/projects/" + projectId + "/tasks/" + build, "{\"name\":\"Build it\","
                + "\"durationDays\":4,\"earnedValueMethod\":\"FIFTY_FIFTY\"}").status()).isEqualTo(200);
        assertThat(api.put("/api/v1/projects/" + projectId + "/tasks/" + build + "/predecessors",
                "{\"predecessors\":[{\"predecessorTaskId\":\"" + design + "\",\"type\":\"SS\",\"lagDays\":2}]}")
                .status()).isEqualTo(200);
        assertThat(api.put("/api/v1/projects/" + projectId + "/tasks/" + build + "/predecessors",
                "{\"predecessors\":[]}").status()).isEqualTo(200);
        assertThat(api.delete("/api/v1/projects/" + projectId + "/tasks/" + build).status()).isEqualTo(200);
        Api admin = Api.as("acme", "pmo_admin");
        Api.Response settings = admin.put("/api/v1/settings/project", "{\"workingWeekdays\":[\"MONDAY\",\"TUESDAY\","
                + "\"WEDNESDAY\",\"THURSDAY\",\"FRIDAY\"],\"holidays\":[\"2031-03-05\"],\"customFields\":[{\"key\":"
                + "\"contractRef\",\"label\":\"Contract\",\"type\":\"TEXT\"}]}");
        assertThat(settings.status()).as(settings.body()).isEqualTo(200);
        assertThat(admin.get("/api/v1/settings/project?minVersion=" + settings.json().get("version").asLong())
                .status()).isEqualTo(200);
        assertThat(api.put("/api/v1/projects/" + projectId + "/custom-fields", "{\"values\":{\"contractRef\":"
                + "\"C-1\"}}").status()).isEqualTo(200);
        assertThat(api.put("/api/v1/projects/" + projectId + "/calendar",
                "{\"exceptions\":[{\"date\":\"2027-02-06\",\"working\":true}]}").status()).isEqualTo(200);
        assertThat(api.put("/api/v1/projects/" + projectId + "/planned-dates",
                "{\"plannedStart\":\"2027-02-01\",\"plannedFinish\":\"2027-12-17\"}").status()).isEqualTo(200);
        assertThat(api.post("/api/v1/projects/" + projectId + "/baselines", "{\"name\":\"First\"}").status())
                .isEqualTo(201);
        assertThat(api.post("/api/v1/projects/" + projectId + "/status-changes", "{\"status\":\"APPROVED\"}").status())
                .isEqualTo(200);
        String progress = api.post("/api/v1/projects/" + projectId + "/progress", "{\"taskId\":\"" + design
                + "\",\"effectiveDate\":\"2027-02-05\",\"percentComplete\":40,\"checkpointsDone\":[]}").json().get("id")
                .asText();
        assertThat(api.post("/api/v1/projects/" + projectId + "/progress/" + progress + "/corrections",
                "{\"effectiveDate\":\"2027-02-05\",\"percentComplete\":30}").status()).isEqualTo(201);
        String cost = api.post("/api/v1/projects/" + projectId + "/actual-costs", "{\"taskId\":\"" + design
                + "\",\"effectiveDate\":\"2027-02-05\",\"amount\":{\"amount\":\"100.00\",\"currency\":\"EUR\"}}")
                .json().get("id").asText();
        assertThat(api.post("/api/v1/projects/" + projectId + "/actual-costs/" + cost + "/corrections",
                "{\"effectiveDate\":\"2027-02-05\",\"amount\":{\"amount\":\"90.00\",\"currency\":\"EUR\"}}")
                .status()).isEqualTo(201);
        assertThat(api.post("/api/v1/projects/" + projectId + "/status-reports", "{\"statusDate\":\"2027-02-05\","
                + "\"schedule\":\"GREEN\",\"cost\":\"GREEN\",\"scope\":\"AMBER\",\"risk\":\"RED\","
                + "\"summary\":\"On track\"}").status()).isEqualTo(201);
        // a milestone whose target already passed: the milestone watch records it missed; reaching it is late
        String milestone = api.post("/api/v1/projects/" + projectId + "/tasks", "{\"name\":\"Contract signed\","
                + "\"durationDays\":0,\"earnedValueMethod\":\"ZERO_HUNDRED\"}").json().get("id").asText();
        assertThat(api.put("/api/v1/projects/" + projectId + "/tasks/" + milestone + "/target",
                "{\"targetDate\":\"2026-11-01\"}").status()).isEqualTo(200);
        StoreProbe store = StoreProbe.project(stack);
        await().atMost(Duration.ofSeconds(30)).until(() -> store.events(projectId).stream()
                .anyMatch(event -> event.payloadType().endsWith("MilestoneMissed")));
        assertThat(api.post("/api/v1/projects/" + projectId + "/progress", "{\"taskId\":\"" + milestone
                + "\",\"effectiveDate\":\"2026-11-03\",\"percentComplete\":100,\"actualStart\":\"2026-11-03\","
                + "\"actualFinish\":\"2026-11-03\"}").status()).isEqualTo(201);
        String second = api.post("/api/v1/projects/" + projectId + "/baselines", "{\"name\":\"Second\"}").json()
                .get("id").asText();
        assertThat(api.put("/api/v1/projects/" + projectId + "/performance-baseline",
                "{\"baselineId\":\"" + second + "\"}").status()).isEqualTo(200);
        for (String status : List.of("ACTIVE", "ON_HOLD", "ACTIVE", "CANCELLED")) {
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
        assertThat(types).containsAll(EventCatalog.published().stream()
                .filter(type -> EventCatalog.context(type).equals("project")).map(EventCatalog::cloudEventType).toList());
        // created and manager assigned, renamed, details, 2 tasks added, a plan change, 2 dependency changes, a task
        // removed, custom fields, calendar, planned dates changed, a baseline (saved and designated), 5 status
        // changes, progress and its correction, a cost and its correction, a status report, a milestone (added, its
        // target set, missed, reported finished and reached), a second baseline and its designation
        assertThat(records.stream().filter(r -> projectId.equals(r.key()))).hasSize(32);
    }

    @Test
    void theProjectTopicKeepsEventsForever() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                stack.kafkaBootstrapServers()))) {
            ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, "pmo.project.events");
            Config config = admin.describeConfigs(List.of(topic)).all().get().get(topic);
            assertThat(config.get("retention.ms").value()).isEqualTo("-1");
            assertThat(config.get("cleanup.policy").value()).isEqualTo("delete");
            // a baseline of a few thousand tasks is one event of more than the broker's default 1 MB
            assertThat(config.get("max.message.bytes").value()).isEqualTo("16777216");
        }
    }
}
