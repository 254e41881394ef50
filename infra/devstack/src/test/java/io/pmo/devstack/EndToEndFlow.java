package io.pmo.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.pmo.events.common.CloudEvent;
import io.pmo.events.common.PmoJson;

/**
 * The first event end to end: HTTP create through the gateway -> PostgreSQL event store -> Kafka -> MongoDB read
 * model -> HTTP read, checking content, tenant and correlation id at every hop. The flow is the same on every
 * stack; a subclass says which: {@link EndToEndIT} the embedded one, {@link ContainersEndToEndIT} one on real
 * PostgreSQL, Kafka and MongoDB containers.
 */
abstract class EndToEndFlow {

    private static final String TENANT = "acme";

    /** The token's subject: the dev issuer's client id. */
    private static final String PRINCIPAL = "dev-acme-project_manager";

    private final DevStack stack;

    private final Api api;

    EndToEndFlow(DevStack stack) {
        this.stack = stack;
        this.api = Api.at(stack.gatewayUrl(), stack.issuerUrl(), TENANT, "project_manager");
    }

    @Test
    void createdProjectTravelsFromGatewayThroughStoreAndKafkaToTheReadModelsWithItsMetadata() throws Exception {
        String correlationId = "e2e-" + UUID.randomUUID();
        String name = "Data centre migration " + correlationId;

        Api.Response created = api.post("/api/v1/projects",
                "{\"name\":\"" + name + "\",\"plannedStart\":\"2027-01-04\",\"plannedFinish\":\"2027-09-30\"}",
                "X-Correlation-Id", correlationId, "X-Tenant-Id", "spoofed-tenant");
        assertThat(created.status()).isEqualTo(201);
        String projectId = created.json().get("id").asText();
        assertThat(created.header("Location")).isEqualTo("/api/v1/projects/" + projectId);
        // A project manager who creates a project manages it: two events, version 1.
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        assertThat(created.json().get("managerId").asText()).isEqualTo(PRINCIPAL);
        assertThat(created.header("X-Correlation-Id")).isEqualTo(correlationId);

        // hop 1: the event store
        List<StoreProbe.StoredEvent> stored = StoreProbe.project(stack).events(projectId);
        assertThat(stored).hasSize(2);
        assertThat(stored.get(1).payloadType()).isEqualTo("io.pmo.events.project.ProjectManagerAssigned");
        assertThat(PmoJson.mapper().readTree(stored.get(1).payload()).get("managerId").asText()).isEqualTo(PRINCIPAL);
        assertThat(stored).first().satisfies(event -> {
            assertThat(event.sequence()).isZero();
            assertThat(event.payloadType()).isEqualTo("io.pmo.events.project.ProjectCreated");
            JsonNode payload = PmoJson.mapper().readTree(event.payload());
            assertThat(payload.get("name").asText()).isEqualTo(name);
            assertThat(payload.get("tenantId").asText()).isEqualTo(TENANT);
            JsonNode metadata = PmoJson.mapper().readTree(event.metadata());
            assertThat(metadata.get("tenantId").asText()).isEqualTo(TENANT);
            assertThat(metadata.get("principal").asText()).isEqualTo(PRINCIPAL);
            assertThat(metadata.get("correlationId").asText()).isEqualTo(correlationId);
            assertThat(metadata.get("causationId").asText()).isNotBlank();
            assertThat(metadata.has("roles")).as("roles are for command handlers, not the event history").isFalse();
        });
        String eventId = stored.get(0).eventId();

        // hop 2: Kafka, as a CloudEvent keyed by the project id
        TopicProbe topic = new TopicProbe(stack.kafkaBootstrapServers());
        await().atMost(Duration.ofSeconds(60)).until(() -> topic.readAll("pmo.project.events").stream()
                .anyMatch(r -> projectId.equals(r.key())));
        ConsumerRecord<String, byte[]> record = topic.readAll("pmo.project.events").stream()
                .filter(r -> projectId.equals(r.key())).findFirst().orElseThrow();
        CloudEvent cloudEvent = CloudEvent.parse(record.value());
        assertThat(cloudEvent.id()).isEqualTo(eventId);
        assertThat(cloudEvent.type()).isEqualTo("io.pmo.project.ProjectCreated.v1");
        assertThat(cloudEvent.source()).isEqualTo("/pmo/project-service");
        assertThat(cloudEvent.subject()).isEqualTo(projectId);
        assertThat(cloudEvent.tenantid()).isEqualTo(TENANT);
        assertThat(cloudEvent.principal()).isEqualTo(PRINCIPAL);
        assertThat(cloudEvent.correlationid()).isEqualTo(correlationId);
        assertThat(cloudEvent.aggregatesequence()).isZero();
        assertThat(cloudEvent.data().get("name").asText()).isEqualTo(name);
        assertThat(new String(record.headers().lastHeader("content-type").value(), StandardCharsets.UTF_8))
                .isEqualTo("application/cloudevents+json");

        // hop 3: MongoDB read models of reporting-service
        try (ReadModelProbe mongo = ReadModelProbe.reporting(stack)) {
            await().atMost(Duration.ofSeconds(60)).until(() -> mongo.byId("report_projects", projectId) != null);
            Document row = mongo.byId("report_projects", projectId);
            assertThat(row.getString("tenantId")).isEqualTo(TENANT);
            assertThat(row.getString("name")).isEqualTo(name);
            assertThat(row.getString("correlationId")).isEqualTo(correlationId);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> PRINCIPAL.equals(mongo.byId("report_projects", projectId).getString("managerId")));
            await().atMost(Duration.ofSeconds(30)).until(() -> mongo.byId("audit_entries", eventId) != null);
            Document audit = mongo.byId("audit_entries", eventId);
            assertThat(audit.getString("tenantId")).isEqualTo(TENANT);
            assertThat(audit.getString("correlationId")).isEqualTo(correlationId);
        }

        // hop 4: HTTP reads through the gateway
        Api.Response report = api.get("/api/v1/reports/projects/" + projectId + "?minVersion=1");
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.json().get("name").asText()).isEqualTo(name);
        assertThat(report.json().get("tenantId").asText()).isEqualTo(TENANT);

        Api.Response audit = api.get("/api/v1/audit?aggregateId=" + projectId);
        assertThat(audit.status()).isEqualTo(200);
        JsonNode entry = audit.json().get("items").get(0);
        assertThat(entry.get("eventId").asText()).isEqualTo(eventId);
        assertThat(entry.get("tenantId").asText()).isEqualTo(TENANT);
        assertThat(entry.get("principal").asText()).isEqualTo(PRINCIPAL);
        assertThat(entry.get("correlationId").asText()).isEqualTo(correlationId);
        assertThat(entry.get("type").asText()).isEqualTo("io.pmo.project.ProjectCreated.v1");
        assertThat(entry.get("payload").get("name").asText()).isEqualTo(name);
        assertThat(entry.get("time").asText()).isNotBlank();

        Api.Response own = api.get("/api/v1/projects/" + projectId + "?minVersion=1");
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json().get("status").asText()).isEqualTo("PROPOSED");
        assertThat(own.json().get("managerId").asText()).isEqualTo(PRINCIPAL);
        assertThat(own.header("ETag")).isEqualTo("\"1\"");
    }

    @Test
    void servicesExposeAxonDimensionalMetricsForPrometheusOutsideTheGateway() {
        Api projectService = Api.anonymous("http://localhost:" + stack.ports().project());
        api.createProject("Metrics " + UUID.randomUUID());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Api.Response metrics = projectService.get("/actuator/prometheus");
            assertThat(metrics.status()).isEqualTo(200);
            assertThat(metrics.body()).contains("processorName=\"kafka-publisher\"")
                    .contains("service=\"project-service\"");
        });
        assertThat(projectService.get("/actuator/health").status()).isEqualTo(200);
        assertThat(projectService.get("/actuator/metrics").status()).as("not open: needs PMO_ADMIN").isEqualTo(401);
        // the gateway shows its own metrics only: service actuators are not routed through it
        assertThat(api.get("/actuator/prometheus").body()).doesNotContain("service=\"project-service\"");
    }

    @Test
    void writeAnswersTheNewVersionAndReadsWaitForIt() {
        String projectId = api.createProject("Versioned " + UUID.randomUUID());
        Api.Response renamed = api.put("/api/v1/projects/" + projectId + "/name", "{\"name\":\"Renamed\"}",
                "If-Match", "\"1\"");
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.json().get("version").asLong()).isEqualTo(2);
        assertThat(renamed.header("ETag")).isEqualTo("\"2\"");

        Api.Response read = api.get("/api/v1/projects/" + projectId + "?minVersion=2");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("name").asText()).isEqualTo("Renamed");

        Api.Response report = api.get("/api/v1/reports/projects/" + projectId, "X-Min-Version", "2");
        assertThat(report.status()).isIn(200, 202);
        await().atMost(Duration.ofSeconds(60)).until(() -> api.get("/api/v1/reports/projects/" + projectId
                + "?minVersion=2").status() == 200);
        assertThat(api.get("/api/v1/reports/projects/" + projectId).json().get("name").asText()).isEqualTo("Renamed");
    }
}
