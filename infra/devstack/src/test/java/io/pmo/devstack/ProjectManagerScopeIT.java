package io.pmo.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * "A project manager writes only projects they manage" (CONVENTIONS.md), through the gateway with real tokens:
 * the HTTP role table lets every project manager write, and the project aggregate refuses one who does not
 * manage the project with 403, storing nothing; the manager of a project, and a PMO admin, write it.
 */
class ProjectManagerScopeIT {

    private static final String PM = "dev-acme-project_manager";

    private final DevStack stack = TestStack.get();

    private final Api admin = Api.as("acme", "pmo_admin");

    private final Api projectManager = Api.as("acme", "project_manager");

    @Test
    void aProjectManagerIsForbiddenOnAProjectSomeoneElseManages() {
        Api.Response created = admin.post("/api/v1/projects", "{\"name\":\"Someone else's " + UUID.randomUUID()
                + "\",\"plannedStart\":\"2027-01-04\",\"plannedFinish\":\"2027-06-30\",\"managerId\":\"pm-someone-else\"}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("managerId").asText()).isEqualTo("pm-someone-else");
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        String projectId = created.json().get("id").asText();
        StoreProbe store = StoreProbe.project(stack);
        int eventsBefore = store.events(projectId).size();

        Api.Response rename = projectManager.put("/api/v1/projects/" + projectId + "/name", "{\"name\":\"Mine now\"}");
        Api.Response cancel = projectManager.post("/api/v1/projects/" + projectId + "/status-changes",
                "{\"status\":\"CANCELLED\",\"reason\":\"mine now\"}");
        Api.Response takeOver = projectManager.put("/api/v1/projects/" + projectId + "/manager",
                "{\"managerId\":\"" + PM + "\"}");

        for (Api.Response refused : new Api.Response[] { rename, cancel, takeOver }) {
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
        assertThat(store.events(projectId)).hasSize(eventsBefore);
        assertThat(projectManager.get("/api/v1/projects/" + projectId + "?minVersion=1").status()).isEqualTo(200);

        assertThat(admin.put("/api/v1/projects/" + projectId + "/manager", "{\"managerId\":\"" + PM + "\"}",
                "If-Match", "\"1\"").status()).isEqualTo(200);
        assertThat(projectManager.put("/api/v1/projects/" + projectId + "/name", "{\"name\":\"Mine now\"}").status())
                .isEqualTo(200);
    }

    @Test
    void aProjectManagerWhoCreatesAProjectManagesIt() {
        Api.Response created = projectManager.post("/api/v1/projects", "{\"name\":\"My own " + UUID.randomUUID()
                + "\",\"plannedStart\":\"2027-01-04\",\"plannedFinish\":\"2027-06-30\"}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("managerId").asText()).isEqualTo(PM);
        String projectId = created.json().get("id").asText();

        assertThat(projectManager.put("/api/v1/projects/" + projectId + "/name", "{\"name\":\"Renamed\"}",
                "If-Match", "\"1\"").status()).isEqualTo(200);
        assertThat(projectManager.post("/api/v1/projects", "{\"name\":\"For someone else\",\"plannedStart\":"
                + "\"2027-01-04\",\"plannedFinish\":\"2027-06-30\",\"managerId\":\"pm-someone-else\"}").status())
                .isEqualTo(403);
    }
}
