package io.pmo.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Bad input through the gateway gets the right 4xx as problem+json, names the field at fault, and leaves the
 * event store as it was.
 */
class BadInputIT {

    private final DevStack stack = TestStack.get();

    private final Api api = Api.as("acme", "project_manager");

    private final StoreProbe store = StoreProbe.project(stack);

    private String projectId;

    private long eventsBefore;

    @BeforeEach
    void existingProject() {
        projectId = api.createProject("Bad input target " + UUID.randomUUID());
        eventsBefore = store.count();
    }

    @Test
    void malformedJsonIs400() {
        assertProblem(api.post("/api/v1/projects", "{\"name\": \"x\", "), 400);
        assertStoreUnchanged();
    }

    @Test
    void missingAndInvalidFieldsAre400NamingEachField() {
        JsonNode problem = assertProblem(api.post("/api/v1/projects", "{\"plannedStart\":\"2027-01-04\"}"), 400);
        assertThat(fields(problem)).contains("name", "plannedFinish");

        problem = assertProblem(api.post("/api/v1/projects",
                "{\"name\":\"x\",\"plannedStart\":\"2027-13-45\",\"plannedFinish\":\"2027-06-30\"}"), 400);
        assertThat(fields(problem)).contains("plannedStart");

        problem = assertProblem(api.post("/api/v1/projects",
                "{\"name\":\"x\",\"plannedStart\":\"2027-06-30\",\"plannedFinish\":\"2027-01-04\"}"), 400);
        assertThat(fields(problem)).contains("plannedFinish");

        problem = assertProblem(api.post("/api/v1/projects",
                "{\"name\":\"   \",\"plannedStart\":\"2027-01-04\",\"plannedFinish\":\"2027-06-30\"}"), 400);
        assertThat(fields(problem)).contains("name");

        problem = assertProblem(api.post("/api/v1/projects/" + projectId + "/status-changes",
                "{\"status\":\"FINISHED\"}"), 400);
        assertThat(fields(problem)).contains("status");
        assertStoreUnchanged();
    }

    @Test
    void fieldsAClientMustNotSetAre400() {
        for (String field : java.util.List.of("\"status\":\"ACTIVE\"", "\"tenantId\":\"globex\"", "\"version\":7",
                "\"id\":\"" + UUID.randomUUID() + "\"", "\"projectId\":\"" + UUID.randomUUID() + "\"")) {
            JsonNode problem = assertProblem(api.post("/api/v1/projects", "{\"name\":\"x\",\"plannedStart\":\"2027-01-04\","
                    + "\"plannedFinish\":\"2027-06-30\"," + field + "}"), 400);
            assertThat(fields(problem)).containsExactly(field.substring(1, field.indexOf('"', 1)));
            problem = assertProblem(api.put("/api/v1/projects/" + projectId + "/name", "{\"name\":\"y\"," + field + "}"),
                    400);
            assertThat(fields(problem)).containsExactly(field.substring(1, field.indexOf('"', 1)));
        }
        assertStoreUnchanged();
    }

    @Test
    void illegalTransitionIs409WithTheCurrentState() {
        JsonNode problem = assertProblem(api.post("/api/v1/projects/" + projectId + "/status-changes",
                "{\"status\":\"COMPLETED\"}"), 409);
        assertThat(problem.get("currentState").asText()).isEqualTo("PROPOSED");
        assertStoreUnchanged();
    }

    @Test
    void missingReasonForCancellationIs422() {
        JsonNode problem = assertProblem(api.post("/api/v1/projects/" + projectId + "/status-changes",
                "{\"status\":\"CANCELLED\"}"), 422);
        assertThat(fields(problem)).contains("reason");
        assertStoreUnchanged();
    }

    @Test
    void unknownIdIs404() {
        String unknown = UUID.randomUUID().toString();
        assertProblem(api.put("/api/v1/projects/" + unknown + "/name", "{\"name\":\"x\"}"), 404);
        assertProblem(api.get("/api/v1/projects/" + unknown), 404);
        assertProblem(api.get("/api/v1/projects/not-a-uuid"), 404);
        assertProblem(api.get("/api/v1/reports/projects/" + unknown), 404);
        assertStoreUnchanged();
    }

    @Test
    void staleVersionIs409AndAnInvalidIfMatchIs400() {
        // Created by its project manager: version 1 (created, manager assigned).
        assertThat(api.put("/api/v1/projects/" + projectId + "/name", "{\"name\":\"fresh\"}", "If-Match", "\"1\"")
                .status()).isEqualTo(200);
        eventsBefore = store.count();
        assertProblem(api.put("/api/v1/projects/" + projectId + "/name", "{\"name\":\"stale\"}", "If-Match", "\"1\""),
                409);
        JsonNode problem = assertProblem(api.put("/api/v1/projects/" + projectId + "/name", "{\"name\":\"x\"}",
                "If-Match", "yesterday"), 400);
        assertThat(fields(problem)).contains("If-Match");
        assertStoreUnchanged();
    }

    @Test
    void auditWithoutAggregateIdAndOversizedPagesAre400() {
        assertProblem(api.get("/api/v1/audit"), 400);
        assertProblem(api.get("/api/v1/projects?size=500"), 400);
        assertProblem(api.get("/api/v1/projects?page=-1"), 400);
        assertStoreUnchanged();
    }

    private JsonNode assertProblem(Api.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.has("detail")).isTrue();
        assertThat(response.body()).doesNotContain("Exception", "at io.pmo");
        return problem;
    }

    private static java.util.List<String> fields(JsonNode problem) {
        java.util.List<String> fields = new java.util.ArrayList<>();
        if (problem.has("errors")) {
            problem.get("errors").forEach(error -> fields.add(error.get("field").asText()));
        }
        return fields;
    }

    private void assertStoreUnchanged() {
        assertThat(store.count()).isEqualTo(eventsBefore);
    }
}
