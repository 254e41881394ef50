package io.pmo.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * A long-lived project is snapshotted: after more than 100 events its latest snapshot is in the event store, as
 * the JSON of the aggregate, and the project keeps taking commands at the right version.
 */
class ProjectSnapshotIT {

    private final DevStack stack = TestStack.get();

    private final Api api = Api.as("acme", "project_manager");

    @Test
    void aProjectWithMoreThanAHundredEventsHasASnapshot() {
        String projectId = api.createProject("Long-lived " + UUID.randomUUID());
        String base = "/api/v1/projects/" + projectId;
        long version = 1;
        for (int i = 0; i < 105; i++) {
            Api.Response response = api.put(base + "/name", "{\"name\":\"Name " + i + "\"}", "If-Match",
                    "\"" + version + "\"");
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            version = response.json().get("version").asLong();
        }
        assertThat(version).isEqualTo(106);

        StoreProbe store = StoreProbe.project(stack);
        await().atMost(Duration.ofSeconds(30)).until(() -> !store.snapshots(projectId).isEmpty());
        List<StoreProbe.StoredEvent> snapshots = store.snapshots(projectId);
        assertThat(snapshots.get(snapshots.size() - 1).sequence()).isGreaterThanOrEqualTo(99);
        assertThat(snapshots.get(0).payloadType()).isEqualTo("io.pmo.project.command.Project");
        assertThat(snapshots.get(0).payload()).contains("\"tenantId\":\"acme\"", "\"managerId\":\"dev-acme-project_manager\"");

        Api.Response next = api.put(base + "/name", "{\"name\":\"After the snapshot\"}", "If-Match",
                "\"" + version + "\"");
        assertThat(next.status()).isEqualTo(200);
        assertThat(next.json().get("version").asLong()).isEqualTo(107);
    }
}
