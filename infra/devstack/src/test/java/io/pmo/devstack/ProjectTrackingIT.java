package io.pmo.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * Issue 4's flow through the gateway with a project manager's token: a project with a WBS and dependencies is
 * baselined, approved and started; progress, cost and a correction are reported; then the schedule and the
 * baseline diff are read. The project starts Monday 4 January 2027 on a Monday-to-Friday calendar: Design
 * (5 days) 4 to 8 January, Code (10 days) 11 to 22 January, Go live on 22 January.
 */
class ProjectTrackingIT {

    private final Api api = Api.as("acme", "project_manager");

    @Test
    void baselinesTracksAndComparesAPlannedProject() {
        String projectId = api.post("/api/v1/projects", "{\"name\":\"Tracked " + UUID.randomUUID() + "\","
                + "\"plannedStart\":\"2027-01-04\",\"plannedFinish\":\"2027-01-29\"}").json().get("id").asText();
        String base = "/api/v1/projects/" + projectId;
        api.put(base + "/details", "{\"methodology\":\"WATERFALL\",\"currency\":\"EUR\"}").ok();
        String design = api.post(base + "/tasks", "{\"name\":\"Design\",\"durationDays\":5,\"plannedCost\":"
                + "{\"amount\":\"10000.00\",\"currency\":\"EUR\"},\"earnedValueMethod\":\"PERCENT_COMPLETE\"}")
                .createdId();
        String code = api.post(base + "/tasks", "{\"name\":\"Code\",\"durationDays\":10,\"plannedCost\":"
                + "{\"amount\":\"25000.00\",\"currency\":\"EUR\"},\"earnedValueMethod\":\"FIFTY_FIFTY\"}").createdId();
        String live = api.post(base + "/tasks", "{\"name\":\"Go live\",\"durationDays\":0,"
                + "\"earnedValueMethod\":\"ZERO_HUNDRED\"}").createdId();
        api.put(base + "/tasks/" + code + "/predecessors", links(design)).ok();
        api.put(base + "/tasks/" + live + "/predecessors", links(code)).ok();

        Api.Response saved = api.post(base + "/baselines", "{\"name\":\"Approved plan\"}");
        String baseline = saved.createdId();
        long baselineVersion = saved.json().get("version").asLong();
        api.post(base + "/status-changes", "{\"status\":\"APPROVED\"}").ok();
        api.post(base + "/status-changes", "{\"status\":\"ACTIVE\"}").ok();

        String progress = api.post(base + "/progress", "{\"taskId\":\"" + design + "\",\"effectiveDate\":"
                + "\"2027-01-08\",\"percentComplete\":80,\"actualStart\":\"2027-01-04\"}").createdId();
        String cost = api.post(base + "/actual-costs", "{\"taskId\":\"" + design + "\",\"effectiveDate\":"
                + "\"2027-01-08\",\"amount\":{\"amount\":\"9000.00\",\"currency\":\"EUR\"}}").createdId();
        api.post(base + "/actual-costs/" + cost + "/corrections", "{\"effectiveDate\":\"2027-01-08\","
                + "\"amount\":{\"amount\":\"9500.00\",\"currency\":\"EUR\"},\"reason\":\"invoice arrived\"}")
                .createdId();
        api.post(base + "/progress/" + progress + "/corrections", "{\"effectiveDate\":\"2027-01-08\","
                + "\"percentComplete\":100,\"actualStart\":\"2027-01-04\",\"actualFinish\":\"2027-01-08\"}")
                .createdId();
        api.post(base + "/status-reports", "{\"statusDate\":\"2027-01-08\",\"schedule\":\"GREEN\","
                + "\"cost\":\"AMBER\",\"scope\":\"GREEN\",\"risk\":\"GREEN\",\"summary\":\"Design done\"}").createdId();
        // a re-plan after the baseline: Code takes two more days and costs more
        Api.Response replanned = api.put(base + "/tasks/" + code, "{\"name\":\"Code\",\"durationDays\":12,"
                + "\"plannedCost\":{\"amount\":\"27000.00\",\"currency\":\"EUR\"},\"earnedValueMethod\":\"FIFTY_FIFTY\"}");
        replanned.ok();
        long version = replanned.json().get("version").asLong();

        JsonNode schedule = api.get(base + "/schedule?minVersion=" + version).json();
        assertThat(schedule.get("earlyFinish").asText()).isEqualTo("2027-01-26");
        assertThat(schedule.get("criticalPaths").get(0)).extracting(JsonNode::asText).containsExactly(design, code,
                live);

        JsonNode frozen = api.get(base + "/baselines/" + baseline + "?minVersion=" + baselineVersion).json();
        assertThat(frozen.get("performance").asBoolean()).isTrue();
        assertThat(frozen.get("finish").asText()).isEqualTo("2027-01-22");
        assertThat(frozen.get("budgetAtCompletion").get("amount").decimalValue()).isEqualByComparingTo("35000.00");

        JsonNode diff = api.get(base + "/baselines/" + baseline + "/compare/current").json();
        assertThat(diff.get("finish").get("from").asText()).isEqualTo("2027-01-22");
        assertThat(diff.get("finish").get("to").asText()).isEqualTo("2027-01-26");
        assertThat(diff.get("tasks")).hasSize(2);
        JsonNode codeChange = diff.get("tasks").get(0);
        assertThat(codeChange.get("taskId").asText()).isEqualTo(code);
        assertThat(codeChange.get("change").asText()).isEqualTo("CHANGED");
        assertThat(codeChange.get("fields").get("durationDays").get("to").asInt()).isEqualTo(12);
        assertThat(codeChange.get("fields").get("plannedFinish").get("to").asText()).isEqualTo("2027-01-26");
        assertThat(diff.get("tasks").get(1).get("taskId").asText()).as("Go live moves with it").isEqualTo(live);

        JsonNode costs = awaitPage(base + "/actual-costs", 1);
        assertThat(costs.get("items").get(0).get("values").get("amount").get("amount").decimalValue())
                .isEqualByComparingTo("9500.00");
        assertThat(costs.get("items").get(0).get("corrections").get(0).get("reason").asText())
                .isEqualTo("invoice arrived");
        JsonNode facts = awaitPage(base + "/progress?taskId=" + design, 1);
        assertThat(facts.get("items").get(0).get("values").get("percentComplete").decimalValue())
                .isEqualByComparingTo("100");
        assertThat(awaitPage(base + "/status-reports", 1).get("items").get(0).get("filedBy").asText())
                .isEqualTo("dev-acme-project_manager");
    }

    @Test
    void progressOnAProposedProjectIs422AndStoresNothing() {
        String projectId = api.createProject("Not started " + UUID.randomUUID());
        String base = "/api/v1/projects/" + projectId;
        String task = api.post(base + "/tasks", "{\"name\":\"Work\",\"durationDays\":3,"
                + "\"earnedValueMethod\":\"ZERO_HUNDRED\"}").createdId();

        Api.Response refused = api.post(base + "/progress", "{\"taskId\":\"" + task + "\",\"effectiveDate\":"
                + "\"2027-01-08\",\"percentComplete\":10}");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("currentState").asText()).isEqualTo("PROPOSED");
        Api.Response tooMuch = api.post(base + "/progress", "{\"taskId\":\"" + task + "\",\"effectiveDate\":"
                + "\"2027-01-08\",\"percentComplete\":101}");
        assertThat(tooMuch.status()).isEqualTo(400);
        assertThat(tooMuch.json().get("errors").get(0).get("field").asText()).isEqualTo("percentComplete");
    }

    private JsonNode awaitPage(String path, int items) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> api.get(path).json().get("total").asInt() >= items);
        return api.get(path).json();
    }

    private static String links(String predecessor) {
        return "{\"predecessors\":[{\"predecessorTaskId\":\"" + predecessor + "\",\"type\":\"FS\",\"lagDays\":0}]}";
    }
}
