package io.pmo.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * A project manager plans a project through the gateway with a real token: master data, a work breakdown
 * structure with a summary task and dependencies, then reads the schedule. Bad plans are refused with
 * problem+json naming the field, and store nothing.
 */
class ProjectPlanIT {

    private final DevStack stack = TestStack.get();

    private final Api api = Api.as("acme", "project_manager");

    @Test
    void plansAProjectAndReadsItsCriticalPathSchedule() {
        String projectId = api.post("/api/v1/projects", "{\"name\":\"Plan " + UUID.randomUUID() + "\","
                + "\"plannedStart\":\"2027-01-04\",\"plannedFinish\":\"2027-01-29\"}").json().get("id").asText();
        String base = "/api/v1/projects/" + projectId;
        assertThat(api.put(base + "/details", "{\"methodology\":\"WATERFALL\",\"currency\":\"EUR\"}").status())
                .isEqualTo(200);
        String build = addTask(base, "{\"name\":\"Build\",\"durationDays\":0,\"earnedValueMethod\":\"PERCENT_COMPLETE\"}");
        String design = addTask(base, "{\"parentTaskId\":\"" + build + "\",\"name\":\"Design\",\"durationDays\":5,"
                + "\"plannedCost\":{\"amount\":\"10000.00\",\"currency\":\"EUR\"},\"earnedValueMethod\":\"PERCENT_COMPLETE\"}");
        String code = addTask(base, "{\"parentTaskId\":\"" + build + "\",\"name\":\"Code\",\"durationDays\":10,"
                + "\"plannedCost\":{\"amount\":25000.5,\"currency\":\"EUR\"},\"earnedValueMethod\":\"FIFTY_FIFTY\"}");
        String live = addTask(base, "{\"name\":\"Go live\",\"durationDays\":0,\"earnedValueMethod\":\"ZERO_HUNDRED\"}");
        assertThat(setPredecessors(base, code, design).status()).isEqualTo(200);
        Api.Response linked = setPredecessors(base, live, code);
        assertThat(linked.status()).isEqualTo(200);
        long version = linked.json().get("version").asLong();

        Api.Response response = api.get(base + "/schedule?minVersion=" + version);
        assertThat(response.status()).isEqualTo(200);
        JsonNode schedule = response.json();
        assertThat(schedule.get("earlyFinish").asText()).isEqualTo("2027-01-22");
        assertThat(schedule.get("durationDays").asInt()).isEqualTo(15);
        assertThat(schedule.get("finishVarianceDays").asInt()).isEqualTo(-5);
        assertThat(schedule.get("criticalPaths").get(0)).extracting(JsonNode::asText)
                .containsExactly(design, code, live);
        JsonNode summary = schedule.get("tasks").get(0);
        assertThat(summary.get("taskId").asText()).isEqualTo(build);
        assertThat(summary.get("summary").asBoolean()).isTrue();
        assertThat(summary.get("earlyStart").asText()).isEqualTo("2027-01-04");
        assertThat(summary.get("plannedCost").get("amount").decimalValue()).isEqualByComparingTo("35000.50");
        JsonNode codeRow = schedule.get("tasks").get(2);
        assertThat(codeRow.get("earlyStart").asText()).isEqualTo("2027-01-11");
        assertThat(codeRow.get("earlyFinish").asText()).isEqualTo("2027-01-22");
        assertThat(codeRow.get("totalFloat").asInt()).isZero();

        JsonNode late = api.get(base + "/schedule?mustFinishBy=2027-01-20").json();
        assertThat(late.get("tasks").get(2).get("totalFloat").asInt()).isEqualTo(-2);
    }

    @Test
    void refusesABadPlanNamingTheFieldAndStoresNothing() {
        String projectId = api.createProject("Bad plan " + UUID.randomUUID());
        String base = "/api/v1/projects/" + projectId;
        assertThat(api.put(base + "/details", "{\"methodology\":\"SCRUM\",\"currency\":\"EUR\"}").status())
                .isEqualTo(200);
        String first = addTask(base, "{\"name\":\"First\",\"durationDays\":2,\"earnedValueMethod\":\"ZERO_HUNDRED\"}");
        String second = addTask(base, "{\"name\":\"Second\",\"durationDays\":2,\"earnedValueMethod\":\"ZERO_HUNDRED\"}");
        assertThat(setPredecessors(base, second, first).status()).isEqualTo(200);
        StoreProbe store = StoreProbe.project(stack);
        int before = store.events(projectId).size();

        assertProblem(api.post(base + "/tasks", "{\"name\":\"Negative\",\"durationDays\":-1,"
                + "\"earnedValueMethod\":\"ZERO_HUNDRED\"}"), 400, "durationDays");
        assertProblem(api.post(base + "/tasks", "{\"name\":\"Dollars\",\"durationDays\":1,\"plannedCost\":"
                + "{\"amount\":\"5.00\",\"currency\":\"USD\"},\"earnedValueMethod\":\"ZERO_HUNDRED\"}"), 422,
                "plannedCost.currency");
        assertProblem(api.post(base + "/tasks", "{\"name\":\"Weights\",\"durationDays\":1,\"earnedValueMethod\":"
                + "\"WEIGHTED_MILESTONES\",\"checkpoints\":[{\"name\":\"a\",\"weight\":30}]}"), 422, "checkpoints");
        assertProblem(setPredecessors(base, first, UUID.randomUUID().toString()), 422,
                "predecessors[0].predecessorTaskId");
        JsonNode cycle = assertProblem(setPredecessors(base, first, second), 422, "predecessors");
        assertThat(cycle.get("detail").asText()).contains("'First' -> 'Second' -> 'First'");
        assertThat(cycle.get("cycle")).extracting(JsonNode::asText).containsExactly(first, second, first);
        assertProblem(api.post(base + "/tasks", "{\"name\":\"Sneaky\",\"durationDays\":1,\"taskId\":\"x\","
                + "\"earnedValueMethod\":\"ZERO_HUNDRED\"}"), 400, "taskId");

        assertThat(store.events(projectId)).hasSize(before);
    }

    @Test
    void aViewerCannotPlan() {
        String projectId = api.createProject("Viewer " + UUID.randomUUID());
        Api viewer = Api.as("acme", "viewer");

        assertThat(viewer.post("/api/v1/projects/" + projectId + "/tasks", "{\"name\":\"x\",\"durationDays\":1,"
                + "\"earnedValueMethod\":\"ZERO_HUNDRED\"}").status()).isEqualTo(403);
        assertThat(viewer.put("/api/v1/projects/" + projectId + "/details", "{\"methodology\":\"SCRUM\","
                + "\"currency\":\"EUR\"}").status()).isEqualTo(403);
        assertThat(viewer.get("/api/v1/projects/" + projectId + "/schedule?minVersion=1").status()).isEqualTo(200);
    }

    private String addTask(String base, String json) {
        Api.Response response = api.post(base + "/tasks", json);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asText();
    }

    private Api.Response setPredecessors(String base, String taskId, String predecessorId) {
        return api.put(base + "/tasks/" + taskId + "/predecessors", "{\"predecessors\":[{\"predecessorTaskId\":\""
                + predecessorId + "\",\"type\":\"FS\",\"lagDays\":0}]}");
    }

    private static JsonNode assertProblem(Api.Response response, int status, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("errors")).as(response.body()).anySatisfy(
                error -> assertThat(error.get("field").asText()).isEqualTo(field));
        return problem;
    }
}
