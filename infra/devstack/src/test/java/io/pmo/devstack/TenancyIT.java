package io.pmo.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * Tenant B (globex) never sees or changes tenant A's (acme) data: its command on an existing project id is
 * 404 and changes nothing, its reads never show the project, whether it calls through the gateway or a
 * service directly. The tenant comes from the token only: an {@code X-Tenant-Id} header changes nothing.
 */
class TenancyIT {

    private final DevStack stack = TestStack.get();

    private final Api acme = Api.as("acme", "pmo_admin");

    private final Api globex = Api.as("globex", "pmo_admin");

    private final Api globexAtProjectService = globex.on("http://localhost:" + stack.ports().project());

    private final Api globexAtReportingService = globex.on("http://localhost:" + stack.ports().reporting());

    @Test
    void anotherTenantFindsNoProjectAndCannotChangeIt() {
        String projectId = acme.createProject("Tenant A's project " + UUID.randomUUID());
        await().atMost(Duration.ofSeconds(60))
                .until(() -> acme.get("/api/v1/reports/projects/" + projectId).status() == 200);
        StoreProbe store = StoreProbe.project(stack);
        int eventsBefore = store.events(projectId).size();

        for (Api intruder : new Api[] { globex, globexAtProjectService }) {
            assertThat(intruder.put("/api/v1/projects/" + projectId + "/name", "{\"name\":\"Hijacked\"}").status())
                    .isEqualTo(404);
            assertThat(intruder.post("/api/v1/projects/" + projectId + "/status-changes",
                    "{\"status\":\"CANCELLED\",\"reason\":\"mine now\"}").status()).isEqualTo(404);
            assertThat(intruder.get("/api/v1/projects/" + projectId).status()).isEqualTo(404);
            assertThat(intruder.get("/api/v1/projects?size=200").body()).doesNotContain(projectId);
        }
        assertThat(store.events(projectId)).hasSize(eventsBefore);

        for (Api intruder : new Api[] { globex, globexAtReportingService }) {
            assertThat(intruder.get("/api/v1/reports/projects/" + projectId).status()).isEqualTo(404);
            assertThat(intruder.get("/api/v1/reports/projects?size=200").body()).doesNotContain(projectId);
            assertThat(intruder.get("/api/v1/audit?aggregateId=" + projectId).json().get("total").asLong()).isZero();
        }
        assertThat(acme.get("/api/v1/audit?aggregateId=" + projectId).json().get("total").asLong()).isPositive();
    }

    @Test
    void aTenantHeaderNextToTheTokenChangesNothing() {
        String projectId = acme.createProject("Tenant A's project " + UUID.randomUUID());

        assertThat(globexAtProjectService.get("/api/v1/projects/" + projectId, "X-Tenant-Id", "acme").status())
                .isEqualTo(404);
        assertThat(globexAtProjectService.put("/api/v1/projects/" + projectId + "/name", "{\"name\":\"Hijacked\"}",
                "X-Tenant-Id", "acme", "X-Principal", "dev-acme-pmo_admin").status()).isEqualTo(404);
        assertThat(acme.get("/api/v1/projects/" + projectId + "?minVersion=0", "X-Tenant-Id", "globex").status())
                .isEqualTo(200);
    }
}
