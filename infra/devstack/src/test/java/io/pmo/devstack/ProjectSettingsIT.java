package io.pmo.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * The tenant's project settings through the gateway with real tokens: a PMO admin sets the enterprise calendar
 * and the custom field definitions; a project manager's schedule follows the holiday and the project's own
 * exception, and their custom field values are checked against the definitions (each bad value a 422 naming
 * the field, nothing stored). Every date lies in March 2031, which no other test plans in, so the holiday
 * moves no other test's schedule of the shared tenant.
 */
class ProjectSettingsIT {

    /** A Wednesday. */
    private static final String HOLIDAY = "2031-03-05";

    private static final String SETTINGS = "{\"workingWeekdays\":[\"FRIDAY\",\"MONDAY\",\"TUESDAY\",\"WEDNESDAY\","
            + "\"THURSDAY\"],\"holidays\":[\"" + HOLIDAY + "\"],\"customFields\":["
            + "{\"key\":\"costCentre\",\"label\":\"Cost centre\",\"type\":\"TEXT\",\"required\":true},"
            + "{\"key\":\"strategicScore\",\"label\":\"Strategic score\",\"type\":\"NUMBER\"},"
            + "{\"key\":\"goLiveWindow\",\"label\":\"Go-live window\",\"type\":\"DATE\"},"
            + "{\"key\":\"riskClass\",\"label\":\"Risk class\",\"type\":\"CHOICE\",\"choices\":[\"LOW\",\"HIGH\"]}]}";

    private final DevStack stack = TestStack.get();

    private final Api admin = Api.as("acme", "pmo_admin");

    private final Api manager = Api.as("acme", "project_manager");

    @Test
    void theScheduleFollowsTheTenantsHolidayAndTheProjectsOwnException() {
        long version = defineSettings();
        JsonNode settings = manager.get("/api/v1/settings/project?minVersion=" + version).json();
        assertThat(settings.get("holidays")).extracting(JsonNode::asText).contains(HOLIDAY);
        assertThat(settings.get("workingWeekdays")).extracting(JsonNode::asText)
                .containsExactly("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY");
        String base = project();
        Api.Response added = manager.post(base + "/tasks", "{\"name\":\"Work\",\"durationDays\":5,"
                + "\"earnedValueMethod\":\"ZERO_HUNDRED\"}");
        assertThat(added.status()).as(added.body()).isEqualTo(201);

        // Mon 3, Tue 4, (Wed 5 is the holiday), Thu 6, Fri 7, Mon 10 March 2031.
        JsonNode schedule = manager.get(base + "/schedule?minVersion=" + added.json().get("version").asLong()).json();
        assertThat(schedule.get("earlyFinish").asText()).isEqualTo("2031-03-10");

        Api.Response calendar = manager.put(base + "/calendar",
                "{\"exceptions\":[{\"date\":\"2031-03-08\",\"working\":true}]}");
        assertThat(calendar.status()).as(calendar.body()).isEqualTo(200);
        long calendarVersion = calendar.json().get("version").asLong();

        // Saturday 8 is worked: Mon 3, Tue 4, Thu 6, Fri 7, Sat 8.
        JsonNode moved = manager.get(base + "/schedule?minVersion=" + calendarVersion).json();
        assertThat(moved.get("earlyFinish").asText()).isEqualTo("2031-03-08");
        JsonNode plan = manager.get(base + "/plan?minVersion=" + calendarVersion).json();
        assertThat(plan.get("calendarExceptions").get(0).get("date").asText()).isEqualTo("2031-03-08");
        assertThat(plan.get("calendarExceptions").get(0).get("working").asBoolean()).isTrue();
    }

    @Test
    void customFieldValuesAreCheckedAgainstTheDefinitionsAndABadOneStoresNothing() {
        long settingsVersion = defineSettings();
        assertThat(manager.get("/api/v1/settings/project?minVersion=" + settingsVersion).status()).isEqualTo(200);
        String base = project();
        Api.Response good = manager.put(base + "/custom-fields", "{\"values\":{\"costCentre\":\"CC-4711\","
                + "\"strategicScore\":7.50,\"goLiveWindow\":\"2031-06-30\",\"riskClass\":\"HIGH\"}}");
        assertThat(good.status()).as(good.body()).isEqualTo(200);
        String projectId = base.substring(base.lastIndexOf('/') + 1);
        StoreProbe store = StoreProbe.project(stack);
        int before = store.events(projectId).size();

        assertProblem(customFields(base, "\"costCentre\":\"CC-1\",\"colour\":\"red\""), "values.colour");
        assertProblem(customFields(base, "\"costCentre\":\"CC-1\",\"strategicScore\":\"high\""),
                "values.strategicScore");
        assertProblem(customFields(base, "\"costCentre\":\"CC-1\",\"goLiveWindow\":\"30.06.2031\""),
                "values.goLiveWindow");
        assertProblem(customFields(base, "\"costCentre\":\"CC-1\",\"riskClass\":\"MEDIUM\""), "values.riskClass");
        assertProblem(customFields(base, "\"riskClass\":\"LOW\""), "values.costCentre");

        assertThat(store.events(projectId)).hasSize(before);
        JsonNode plan = manager.get(base + "/plan?minVersion=" + good.json().get("version").asLong()).json();
        assertThat(plan.get("customFields").get("costCentre").asText()).isEqualTo("CC-4711");
        assertThat(plan.get("customFields").get("strategicScore").asText()).isEqualTo("7.5");
        assertThat(plan.get("customFields").get("goLiveWindow").asText()).isEqualTo("2031-06-30");
        assertThat(plan.get("customFields").get("riskClass").asText()).isEqualTo("HIGH");
    }

    @Test
    void onlyAPmoAdminWritesTheSettingsAndARefusedWriteStoresNothing() {
        long version = defineSettings();
        Api viewer = Api.as("acme", "viewer");
        StoreProbe store = StoreProbe.project(stack);
        int before = store.events("project-settings:acme").size();

        String mondaysOnly = "{\"workingWeekdays\":[\"MONDAY\"]}";
        assertThat(viewer.put("/api/v1/settings/project", mondaysOnly).status()).isEqualTo(403);
        assertThat(manager.put("/api/v1/settings/project", mondaysOnly).status()).isEqualTo(403);
        assertThat(viewer.get("/api/v1/settings/project?minVersion=" + version).status()).isEqualTo(200);
        Api.Response stale = admin.put("/api/v1/settings/project", mondaysOnly, "If-Match",
                "\"" + (version + 7) + "\"");
        assertThat(stale.status()).as(stale.body()).isEqualTo(409);
        assertProblem(admin.put("/api/v1/settings/project", "{\"workingWeekdays\":[],\"customFields\":[{\"key\":"
                + "\"Bad key\",\"label\":\"x\",\"type\":\"TEXT\"}]}"), "workingWeekdays");

        assertThat(store.events("project-settings:acme")).hasSize(before);
    }

    /** Sets the settings as the admin, with If-Match of the version read first when there is one. */
    private long defineSettings() {
        Api.Response current = admin.get("/api/v1/settings/project");
        assertThat(current.status()).isEqualTo(200);
        String etag = current.header("ETag");
        Api.Response written = etag == null ? admin.put("/api/v1/settings/project", SETTINGS)
                : admin.put("/api/v1/settings/project", SETTINGS, "If-Match", etag);
        assertThat(written.status()).as(written.body()).isEqualTo(200);
        assertThat(written.header("ETag")).isEqualTo("\"" + written.json().get("version").asLong() + "\"");
        return written.json().get("version").asLong();
    }

    private String project() {
        Api.Response created = manager.post("/api/v1/projects", "{\"name\":\"Settings " + UUID.randomUUID() + "\","
                + "\"plannedStart\":\"2031-03-03\",\"plannedFinish\":\"2031-03-31\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return "/api/v1/projects/" + created.json().get("id").asText();
    }

    private Api.Response customFields(String base, String values) {
        return manager.put(base + "/custom-fields", "{\"values\":{" + values + "}}");
    }

    private static void assertProblem(Api.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors")).as(response.body()).anySatisfy(
                error -> assertThat(error.get("field").asText()).isEqualTo(field));
    }
}
