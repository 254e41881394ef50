package io.pmo.devstack;

import static io.pmo.devstack.EvmIntegrationMother.money;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 5's dashboard row and computed RAG through the gateway. One task, Design: 5 working days from Monday
 * 4 January 2027, 10,000.00, percent complete; 40 % done and 5,000.00 spent, both effective Wednesday 6 January,
 * the latest fact date and so the row's status date. By hand: PV = 3/5 x 10,000.00 = 6,000.00, EV = 40 % x
 * 10,000.00 = 4,000.00, AC = 5,000.00; SPI = 4,000 / 6,000 = 0.6667, CPI = 4,000 / 5,000 = 0.8000, EAC = BAC / CPI
 * = 10,000 x 5,000 / 4,000 = 12,500.00, budget burn = 5,000 / 10,000 = 0.5000. Lenient thresholds (SPI and CPI
 * amber below 0.60) rate it GREEN; stricter ones (amber below 0.95, red below 0.85) RED, in a new definition
 * version, while the result of the lenient version stays in the history naming it.
 */
class DashboardIT {

    private static final String SETTINGS = "/api/v1/settings/reporting";

    private final Api admin = Api.as("globex", "pmo_admin");

    private final Api manager = Api.as("globex", "project_manager");

    @Test
    void newThresholdsRateTheRowWithTheNewVersionWhileTheHistoryKeepsTheResultOfTheOldOne() {
        long lenient = define("0.60", "0.50");
        ProjectMother.Started started = ProjectMother.startedWithDesignTask(manager, "Dashboard " + UUID.randomUUID());
        String projectId = started.projectId();
        String base = started.path();
        String design = started.taskId();
        manager.post(base + "/progress", "{\"taskId\":\"" + design + "\",\"effectiveDate\":\"2027-01-06\","
                + "\"percentComplete\":40,\"actualStart\":\"2027-01-04\"}").createdId();
        Api.Response cost = manager.post(base + "/actual-costs", "{\"taskId\":\"" + design + "\","
                + "\"effectiveDate\":\"2027-01-06\",\"amount\":" + money("5000.00") + "}");
        cost.createdId();
        long version = cost.json().get("version").asLong();

        JsonNode row = awaitRow(projectId, version, lenient);
        JsonNode evm = row.get("evm");
        assertThat(evm.get("statusDate").asText()).isEqualTo("2027-01-06");
        assertThat(evm.get("currency").asText()).isEqualTo("EUR");
        assertThat(evm.get("spi").decimalValue()).isEqualByComparingTo("0.6667");
        assertThat(evm.get("cpi").decimalValue()).isEqualByComparingTo("0.8000");
        assertThat(evm.get("eac").decimalValue()).isEqualByComparingTo("12500.00");
        assertThat(evm.get("bac").decimalValue()).isEqualByComparingTo("10000.00");
        assertThat(evm.get("ac").decimalValue()).isEqualByComparingTo("5000.00");
        assertThat(evm.get("budgetBurn").decimalValue()).isEqualByComparingTo("0.5000");
        assertThat(row.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(row.get("missedMilestones").asInt()).isZero();
        assertThat(row.get("computedRag").get("overall").asText()).isEqualTo("GREEN");

        long strict = define("0.95", "0.85");
        assertThat(strict).isEqualTo(lenient + 1);
        JsonNode recomputed = awaitRow(projectId, version, strict);
        assertThat(recomputed.get("computedRag").get("overall").asText()).isEqualTo("RED");
        assertThat(recomputed.get("computedRag").get("schedule").asText()).isEqualTo("RED");
        assertThat(recomputed.get("computedRag").get("cost").asText()).isEqualTo("RED");

        List<String> history = new ArrayList<>();
        manager.get(base.replace("/projects/", "/reports/projects/") + "/rag-results?size=200").json().get("items")
                .forEach(result -> history.add(result.get("projectSequence").asLong() + " v"
                        + result.get("rag").get("definitionVersion").asLong() + " "
                        + result.get("rag").get("overall").asText()));
        assertThat(history).contains(version + " v" + lenient + " GREEN", version + " v" + strict + " RED");
        assertThat(manager.get("/api/v1/reports/projects?computedRag=RED&sort=-spi&size=200").json().get("items")
                .findValuesAsText("projectId")).contains(projectId);
    }

    /** Defines thresholds for SPI and CPI alike and waits until reporting knows the new version. */
    private long define(String amber, String red) {
        Api.Response defined = admin.put(SETTINGS, "{\"ragThresholds\":{\"spiAmberBelow\":" + amber
                + ",\"spiRedBelow\":" + red + ",\"cpiAmberBelow\":" + amber + ",\"cpiRedBelow\":" + red
                + ",\"missedMilestonesAmberFrom\":1,\"missedMilestonesRedFrom\":2}}");
        assertThat(defined.status()).as(defined.body()).isEqualTo(200);
        long version = defined.json().get("definitionVersion").asLong();
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> admin.get(SETTINGS + "?minDefinitionVersion=" + version).status() == 200);
        return version;
    }

    /**
     * The row once its dashboard is computed at project version {@code version} with {@code definitionVersion}.
     * The row's own version moves with the report fields, a moment before the dashboard fields of the same event
     * are computed, so the wait is on the row's computed RAG and on the results history naming that version.
     */
    private JsonNode awaitRow(String projectId, long version, long definitionVersion) {
        String path = "/api/v1/reports/projects/" + projectId;
        JsonNode[] row = new JsonNode[1];
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            Api.Response results = manager.get(path + "/rag-results?size=200");
            if (results.status() != 200 || results.json().get("items").findValues("projectSequence").stream()
                    .noneMatch(sequence -> sequence.asLong() == version)) {
                return false;
            }
            row[0] = manager.get(path).json();
            JsonNode rag = row[0].get("computedRag");
            return rag != null && !rag.isNull() && rag.get("definitionVersion").asLong() == definitionVersion;
        });
        return row[0];
    }
}
