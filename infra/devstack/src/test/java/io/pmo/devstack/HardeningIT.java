package io.pmo.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static io.pmo.devstack.Json.nested;
import static io.pmo.devstack.Json.object;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 9's defects, each tried as the hostile user did through the gateway: the request is refused with a 4xx
 * problem naming the field and stores nothing, and the stack stays healthy: another tenant's project created
 * afterwards is readable at once through every read model of project-service and reporting-service.
 */
class HardeningIT {

    private final DevStack stack = TestStack.get();

    private final Api acme = Api.as("acme", "project_manager");

    private final Api globex = Api.as("globex", "project_manager");

    private final StoreProbe store = StoreProbe.project(stack);

    private String projectId;

    @BeforeEach
    void aProjectWithACurrency() {
        projectId = acme.createProject("Hardening target " + UUID.randomUUID());
        acme.put("/api/v1/projects/" + projectId + "/details", object("methodology", "WATERFALL", "currency", "EUR"))
                .ok();
    }

    @Test
    void datesOutsideTheBusinessRangeAreRefusedAndTheNextProjectOfAnyTenantIsReadableEverywhere() {
        String task = task(acme, projectId, object("name", "Build", "durationDays", 5, "earnedValueMethod",
                "PERCENT_COMPLETE"));
        long before = store.count();

        for (String date : List.of("+999999999-12-31", "+10000-01-01", "2200-01-01", "1899-12-31", "-0001-01-01")) {
            assertRefused(acme.post("/api/v1/projects", object("name", "Forever", "plannedStart", "2027-01-04",
                    "plannedFinish", date)), 400, "plannedFinish");
            assertRefused(acme.put("/api/v1/projects/" + projectId + "/planned-dates", object("plannedStart", date,
                    "plannedFinish", "2027-06-30")), 400, "plannedStart");
            assertRefused(acme.put("/api/v1/projects/" + projectId + "/calendar", object("exceptions",
                    List.of(Map.of("date", date, "working", false)))), 400, "exceptions[0].date");
            assertRefused(acme.post("/api/v1/projects/" + projectId + "/progress", object("taskId", task,
                    "effectiveDate", date, "percentComplete", 10)), 400, "effectiveDate");
        }
        assertThat(store.count()).isEqualTo(before);

        assertReadableEverywhere(globex, globex.createProject("Next project " + UUID.randomUUID()), 1);
    }

    @Test
    void amountsNoStoreCanHoldAreRefusedAndAnotherTenantsBaselineIsReadable() {
        String task = task(acme, projectId, object("name", "Build", "durationDays", 5, "earnedValueMethod",
                "PERCENT_COMPLETE", "plannedCost", Map.of("amount", "1000.00", "currency", "EUR")));
        long before = store.count();

        for (Object amount : List.of(new Json.Raw("1E+30"), new Json.Raw("1E+400"), "1e999999999", "0.001", -5,
                1_000_000_000_000L)) {
            Json.Raw money = nested(object("amount", amount, "currency", "EUR"));
            assertRefused(acme.post("/api/v1/projects/" + projectId + "/tasks", object("name", "Gold", "durationDays", 1,
                    "earnedValueMethod", "ZERO_HUNDRED", "plannedCost", money)), 400, "plannedCost.amount");
            assertRefused(acme.post("/api/v1/projects/" + projectId + "/actual-costs", object("taskId", task,
                    "effectiveDate", "2027-01-05", "amount", money)), 400, "amount.amount");
        }
        assertRefused(acme.post("/api/v1/projects/" + projectId + "/tasks", object("name", "Gold", "durationDays", 1,
                "earnedValueMethod", "ZERO_HUNDRED", "plannedCost", Map.of("amount", "1", "currency", "EURO"))), 400,
                "plannedCost.currency");
        assertThat(store.count()).isEqualTo(before);

        String other = globex.createProject("Other tenant's baseline " + UUID.randomUUID());
        globex.put("/api/v1/projects/" + other + "/details", object("methodology", "SCRUM", "currency", "USD")).ok();
        task(globex, other, object("name", "Sprint", "durationDays", 10, "earnedValueMethod", "PERCENT_COMPLETE",
                "plannedCost", Map.of("amount", "999999999999.99", "currency", "USD")));
        Api.Response saved = globex.post("/api/v1/projects/" + other + "/baselines", object("name", "Plan of record"));
        String baseline = saved.createdId();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                globex.get("/api/v1/projects/" + other + "/baselines").ok().json().findValuesAsText("baselineId"))
                .containsExactly(baseline));
        assertReadableEverywhere(globex, other, saved.json().get("version").asLong());
    }

    @Test
    void computedRangesAreBoundedBeforeAnythingIsComputed() {
        String build = task(acme, projectId, object("name", "Build", "durationDays", 5, "earnedValueMethod",
                "PERCENT_COMPLETE"));
        task(acme, projectId, object("name", "Test", "durationDays", 3, "earnedValueMethod", "PERCENT_COMPLETE"));
        acme.put("/api/v1/projects/" + projectId + "/tasks/" + build + "/predecessors", object("predecessors",
                List.of())).ok();

        for (String date : List.of("+999999999-12-31", "+999999-01-01", "2200-01-01")) {
            assertRefused(acme.get("/api/v1/reports/projects/" + projectId + "/evm?statusDate=" + date), 400,
                    "statusDate");
            assertRefused(acme.get("/api/v1/projects/" + projectId + "/schedule?mustFinishBy=" + date), 400,
                    "mustFinishBy");
            assertRefused(acme.get("/api/v1/reports/projects/" + projectId + "/evm/series?from=2027-01-04&to=" + date),
                    400, "to");
        }
        // the latest business date is a count away, not a walk per task
        JsonNode schedule = acme.get("/api/v1/projects/" + projectId + "/schedule?mustFinishBy=2199-12-31&minVersion=4")
                .ok().json();
        assertThat(schedule.toString()).contains("2199-12-");
    }

    @Test
    void aPlanWhoseScheduleRunsPastTheBusinessDatesIs422AndCannotBeBaselined() {
        String first = task(acme, projectId, object("name", "Era one", "durationDays", 30_000, "earnedValueMethod",
                "ZERO_HUNDRED"));
        String second = task(acme, projectId, object("name", "Era two", "durationDays", 30_000, "earnedValueMethod",
                "ZERO_HUNDRED"));
        acme.put("/api/v1/projects/" + projectId + "/tasks/" + second + "/predecessors", object("predecessors",
                List.of(Map.of("predecessorTaskId", first, "type", "FS", "lagDays", 0)))).ok();
        long before = store.count();

        assertRefused(acme.get("/api/v1/projects/" + projectId + "/schedule?minVersion=5"), 422, "tasks");
        assertRefused(acme.post("/api/v1/projects/" + projectId + "/baselines", object("name", "Forever")), 422, "tasks");
        assertThat(store.count()).isEqualTo(before);
    }

    @Test
    void wholeNumbersAreStrictAndAMissingFieldIsNamed() {
        String task = task(acme, projectId, object("name", "Build", "durationDays", 5, "earnedValueMethod",
                "PERCENT_COMPLETE"));
        String next = task(acme, projectId, object("name", "Ship", "durationDays", 1, "earnedValueMethod",
                "ZERO_HUNDRED"));
        long before = store.count();

        assertRefused(acme.post("/api/v1/projects/" + projectId + "/tasks",
                object("name", "Half a day", "durationDays", 1.5, "earnedValueMethod", "ZERO_HUNDRED")), 400,
                "durationDays");
        assertRefused(acme.put("/api/v1/projects/" + projectId + "/tasks/" + next + "/predecessors",
                object("predecessors", List.of(Map.of("predecessorTaskId", task, "type", "FS", "lagDays", 1.7)))), 400,
                "predecessors[0].lagDays");
        JsonNode missing = assertRefused(acme.put("/api/v1/projects/" + projectId + "/tasks/" + next + "/predecessors",
                object("predecessors", List.of(Map.of("predecessorTaskId", task, "type", "FS")))), 400,
                "predecessors[0].lagDays");
        assertThat(missing.get("detail").asText()).doesNotContain("not valid JSON");
        assertThat(missing.get("errors").get(0).get("message").asText()).isEqualTo("is required");
        assertRefused(acme.post("/api/v1/projects/" + projectId + "/status-reports", object("statusDate", "2027-01-08",
                "schedule", "GREEN", "cost", "GREEN", "scope", "GREEN", "risk", "GREEN", "summary", "all good\u0000")),
                400, "summary");
        assertThat(store.count()).isEqualTo(before);
    }

    @Test
    void aBodyOverTheLimitIs413AndStoresNothing() {
        long before = store.count();
        Api.Response response = acme.post("/api/v1/projects/" + projectId + "/tasks", object("name", "Big",
                "durationDays", 1, "earnedValueMethod", "ZERO_HUNDRED", "padding", "x".repeat(1536 * 1024)));

        assertRefused(response, 413, null);
        assertThat(store.count()).isEqualTo(before);
    }

    @Test
    void theSubListsOfAnUnknownOrAnotherTenantsProjectAre404() {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> acme.get("/api/v1/projects/" + projectId + "/baselines").status() == 200);
        for (String list : List.of("baselines", "progress", "actual-costs", "status-reports")) {
            assertRefused(acme.get("/api/v1/projects/" + UUID.randomUUID() + "/" + list), 404, null);
            assertRefused(globex.get("/api/v1/projects/" + projectId + "/" + list), 404, null);
            assertThat(acme.get("/api/v1/projects/" + projectId + "/" + list).ok().json().get("total").asLong())
                    .isZero();
        }
    }

    /** The project at {@code version} in project-service's summary and plan and reporting's row and audit trail. */
    private static void assertReadableEverywhere(Api api, String id, long version) {
        for (String path : List.of("/api/v1/projects/" + id, "/api/v1/projects/" + id + "/plan",
                "/api/v1/reports/projects/" + id)) {
            Api.Response response = api.get(path + "?minVersion=" + version);
            assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                api.get("/api/v1/audit?aggregateId=" + id).ok().json().get("total").asLong()).isEqualTo(version + 1));
    }

    private static String task(Api api, String project, String json) {
        return api.post("/api/v1/projects/" + project + "/tasks", json).createdId();
    }

    private static JsonNode assertRefused(Api.Response response, int status, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(response.body()).doesNotContain("Exception", "at io.pmo", "tools.jackson");
        if (field != null) {
            List<String> fields = new ArrayList<>();
            problem.get("errors").forEach(error -> fields.add(error.get("field").asText()));
            assertThat(fields).as(response.body()).contains(field);
        }
        return problem;
    }
}
