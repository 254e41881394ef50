package io.pmo.devstack;

import static io.pmo.devstack.EvmIntegrationMother.money;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 15, item 3: rebuilding reporting-service's read models from offset 0 through the gateway's admin endpoint.
 * After traffic (projects created, renamed, planned, baselined, approved, started, progressed and costed) and
 * quiescence, every reporting collection is fingerprinted ({@link ReadModelHash}); one live row is then damaged,
 * which the fingerprint sees; the rebuild runs while its progress is polled, and afterwards the fingerprint is the
 * one from before the damage: the rebuilt model equals the live one and repaired it. The live consumers go on
 * after the swap.
 *
 * <p>It runs first in the JVM ({@code @Order}, see {@code junit-platform.properties}): the rebuild replays the whole
 * history of the topics, and other ITs put records on them on purpose that no handler can apply (e.g.
 * {@link FundingReactionIT}'s funding of a portfolio that was never created), which rightly fail a rebuild.
 */
@Order(1)
class ReadModelRebuildIT {

    private static final String REBUILDS = "/api/v1/admin/consumers/reporting-service/rebuilds";

    private final DevStack stack = TestStack.get();

    private final Api admin = Api.as("acme", "pmo_admin");

    private final Api manager = Api.as("acme", "project_manager");

    @Test
    void rebuildsTheReportingReadModelsFromOffsetZeroIntoTheSameStateAndTheLiveConsumersGoOn() {
        List<String> projects = traffic(12, 24);
        Quiescence.await(stack);
        try (ReadModelProbe probe = ReadModelProbe.reporting(stack)) {
            Map<String, String> live = ReadModelHash.of(probe, ReadModelHash.REPORTING);
            assertThat(live.get("report_projects")).endsWith("(" + projects.size() + " documents)");
            probe.set("report_projects", projects.get(0), "name", "damaged by hand");
            assertThat(ReadModelHash.of(probe, ReadModelHash.REPORTING)).as("the fingerprint sees the damage")
                    .isNotEqualTo(live);

            Api.Response started = admin.post(REBUILDS, "");
            assertThat(started.status()).isEqualTo(202);
            assertThat(started.json().get("state").asText()).isEqualTo("RUNNING");
            String location = started.header("Location");
            assertThat(location).startsWith(REBUILDS + "/");
            List<JsonNode> samples = new ArrayList<>();
            samples.add(started.json());
            Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(25)).until(() -> {
                JsonNode progress = admin.get(location).ok().json();
                samples.add(progress);
                return !progress.get("state").asText().equals("RUNNING");
            });
            JsonNode done = samples.get(samples.size() - 1);
            assertThat(done.get("state").asText()).as(done.toString()).isEqualTo("SWAPPED");
            assertThat(done.get("eventsTotal").asLong()).isPositive();
            assertThat(done.get("eventsDone").asLong()).isEqualTo(done.get("eventsTotal").asLong());
            assertThat(done.get("rate").asDouble()).isPositive();
            assertThat(done.get("finishedAt").asText()).endsWith("Z");
            assertThat(samples).as("progress is readable while it runs")
                    .anySatisfy(sample -> assertThat(sample.get("state").asText()).isEqualTo("RUNNING"));
            System.out.printf("Rebuild of reporting-service: %d events in %s .. %s, %.1f events/s, %d progress reads%n",
                    done.get("eventsDone").asLong(), done.get("startedAt").asText(), done.get("finishedAt").asText(),
                    done.get("rate").asDouble(), samples.size());

            assertThat(ReadModelHash.of(probe, ReadModelHash.REPORTING)).as("rebuilt = live before the damage")
                    .isEqualTo(live);
            assertThat(probe.collectionNames()).noneMatch(name -> name.contains("__rebuild_"));

            String renamed = "Renamed after the rebuild " + UUID.randomUUID();
            manager.put("/api/v1/projects/" + projects.get(1) + "/name", "{\"name\":\"" + renamed + "\"}").ok();
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> renamed.equals(
                    manager.get("/api/v1/reports/projects/" + projects.get(1)).json().path("name").asText()));
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !probe.find("audit_entries",
                    new org.bson.Document("aggregateId", projects.get(1))).isEmpty());
        }
    }

    @Test
    void onlyAPmoAdminMayRebuildAndAnUnknownRebuildIsNotFound() {
        assertThat(manager.post(REBUILDS, "").status()).isEqualTo(403);
        assertThat(Api.as("acme", "viewer").get(REBUILDS + "/" + UUID.randomUUID()).status()).isEqualTo(403);
        assertThat(admin.get(REBUILDS + "/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    /**
     * {@code planned} projects taken through a plan, a baseline, approval, start, progress and a cost (so that
     * earned value, computed RAG and its history are built), and {@code plain} ones created, renamed and approved.
     */
    private List<String> traffic(int planned, int plain) {
        List<String> projects = new ArrayList<>();
        for (int i = 0; i < planned; i++) {
            ProjectMother.Started started = ProjectMother.startedWithDesignTask(manager,
                    "Rebuild planned " + i + " " + UUID.randomUUID());
            projects.add(started.projectId());
            String base = started.path();
            String design = started.taskId();
            manager.post(base + "/progress", "{\"taskId\":\"" + design + "\",\"effectiveDate\":\"2027-01-06\","
                    + "\"percentComplete\":" + (10 + i * 5) + ",\"actualStart\":\"2027-01-04\"}").createdId();
            manager.post(base + "/actual-costs", "{\"taskId\":\"" + design + "\",\"effectiveDate\":\"2027-01-06\","
                    + "\"amount\":" + money((1000 + i * 500) + ".00") + "}").createdId();
        }
        for (int i = 0; i < plain; i++) {
            String projectId = manager.createProject("Rebuild plain " + i + " " + UUID.randomUUID());
            projects.add(projectId);
            manager.put("/api/v1/projects/" + projectId + "/name", "{\"name\":\"Renamed plain " + i + "\"}").ok();
            manager.post("/api/v1/projects/" + projectId + "/status-changes", "{\"status\":\"APPROVED\"}").ok();
        }
        return projects;
    }
}
