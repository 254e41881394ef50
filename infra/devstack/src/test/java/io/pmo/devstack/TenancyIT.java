package io.pmo.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * Another tenant's command on an existing project id is 404 and changes nothing; its reads never show the
 * project. Until tokens arrive the tenant comes from the X-Tenant-Id header the gateway stamps, so this test
 * calls the services directly as another tenant would be stamped.
 */
class TenancyIT {

    private final DevStack stack = TestStack.get();

    private final Api gateway = Api.of(stack);

    private final Api projectService = new Api("http://localhost:" + stack.ports().project());

    private final Api reportingService = new Api("http://localhost:" + stack.ports().reporting());

    private static final String[] GLOBEX = { "X-Tenant-Id", "globex", "X-Principal", "intruder" };

    @Test
    void anotherTenantFindsNoProjectAndCannotChangeIt() {
        String projectId = gateway.createProject("Tenant A's project " + UUID.randomUUID());
        await().atMost(Duration.ofSeconds(60))
                .until(() -> gateway.get("/api/v1/reports/projects/" + projectId).status() == 200);
        StoreProbe store = StoreProbe.project(stack);
        int eventsBefore = store.events(projectId).size();

        assertThat(projectService.put("/api/v1/projects/" + projectId + "/name", "{\"name\":\"Hijacked\"}", GLOBEX)
                .status()).isEqualTo(404);
        assertThat(projectService.post("/api/v1/projects/" + projectId + "/status-changes",
                "{\"status\":\"CANCELLED\",\"reason\":\"mine now\"}", GLOBEX).status()).isEqualTo(404);
        assertThat(store.events(projectId)).hasSize(eventsBefore);

        assertThat(projectService.get("/api/v1/projects/" + projectId, GLOBEX).status()).isEqualTo(404);
        assertThat(projectService.get("/api/v1/projects", GLOBEX).body()).doesNotContain(projectId);
        assertThat(reportingService.get("/api/v1/reports/projects/" + projectId, GLOBEX).status()).isEqualTo(404);
        assertThat(reportingService.get("/api/v1/reports/projects", GLOBEX).body()).doesNotContain(projectId);
        assertThat(reportingService.get("/api/v1/audit?aggregateId=" + projectId, GLOBEX).json().get("total").asLong())
                .isZero();
        assertThat(gateway.get("/api/v1/audit?aggregateId=" + projectId).json().get("total").asLong()).isPositive();
    }

    @Test
    void aServiceCalledWithoutTenantAndPrincipalAnswers401() {
        Api.Response response = projectService.get("/api/v1/projects");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }
}
