package io.pmo.devstack;

import static io.pmo.devstack.EvmIntegrationMother.money;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 5's earned value end to end: a project manager plans, baselines and tracks a project through the
 * gateway (HTTP -> command -> event store -> Kafka -> the EVM inputs read model -> HTTP), with a late
 * correction; every figure of {@code GET /reports/projects/{id}/evm} equals the hand computation of
 * {@link EvmIntegrationMother} to the cent, an {@code asOf} before the correction still shows the old figures,
 * and the weekly S-curve matches too.
 */
class EarnedValueIT {

    private final Api api = Api.as("acme", "project_manager");

    @Test
    void everyFigureOfTheEvmEndpointEqualsTheHandComputationAndAsOfBeforeTheLateCorrectionShowsTheOldOnes() {
        String projectId = api.post("/api/v1/projects", "{\"name\":\"Earned " + UUID.randomUUID() + "\","
                + "\"plannedStart\":\"2027-01-04\",\"plannedFinish\":\"2027-01-29\"}").createdId();
        String base = "/api/v1/projects/" + projectId;
        api.put(base + "/details", "{\"methodology\":\"WATERFALL\",\"currency\":\"EUR\"}").ok();
        String design = api.post(base + "/tasks", "{\"name\":\"Design\",\"durationDays\":5,\"plannedCost\":"
                + money("10000.00") + ",\"earnedValueMethod\":\"PERCENT_COMPLETE\"}").createdId();
        String build = api.post(base + "/tasks", "{\"name\":\"Build\",\"durationDays\":10,\"plannedCost\":"
                + money("24000.00") + ",\"earnedValueMethod\":\"WEIGHTED_MILESTONES\",\"checkpoints\":"
                + EvmIntegrationMother.BUILD_CHECKPOINTS + "}").createdId();
        String test = api.post(base + "/tasks", "{\"name\":\"Test\",\"durationDays\":5,\"plannedCost\":"
                + money("6000.00") + ",\"earnedValueMethod\":\"FIFTY_FIFTY\"}").createdId();
        String live = api.post(base + "/tasks", "{\"name\":\"Go live\",\"durationDays\":0,\"plannedCost\":"
                + money("1000.00") + ",\"earnedValueMethod\":\"ZERO_HUNDRED\"}").createdId();
        api.put(base + "/tasks/" + build + "/predecessors", after(design)).ok();
        api.put(base + "/tasks/" + test + "/predecessors", after(design)).ok();
        api.put(base + "/tasks/" + live + "/predecessors", after(build)).ok();
        String baseline = api.post(base + "/baselines", "{\"name\":\"Approved plan\"}").createdId();
        api.post(base + "/status-changes", "{\"status\":\"APPROVED\"}").ok();
        api.post(base + "/status-changes", "{\"status\":\"ACTIVE\"}").ok();

        // week 1
        progress(base, design, "2027-01-06", "40", "\"actualStart\":\"2027-01-04\"");
        cost(base, design, "2027-01-08", "5200.00");
        progress(base, design, "2027-01-08", "100", "\"actualStart\":\"2027-01-04\",\"actualFinish\":\"2027-01-08\"");
        // week 2
        progress(base, test, "2027-01-11", "10", "\"actualStart\":\"2027-01-11\"");
        progress(base, build, "2027-01-13", "30", "\"actualStart\":\"2027-01-11\",\"checkpointsDone\":[\"spec\"]");
        String buildCost = cost(base, build, "2027-01-15", "8100.00");
        cost(base, test, "2027-01-15", "2500.00");
        // week 3
        progress(base, test, "2027-01-18", "100", "\"actualStart\":\"2027-01-11\",\"actualFinish\":\"2027-01-18\"");
        cost(base, test, "2027-01-18", "3700.00");
        progress(base, build, "2027-01-19", "60", "\"actualStart\":\"2027-01-11\",\"checkpointsDone\":[\"spec\"]");
        cost(base, build, "2027-01-19", "4400.00");
        // every fact so far is recorded by now; the late correction is recorded after it
        Instant beforeCorrection = Instant.now();
        Api.Response correction = api.post(base + "/actual-costs/" + buildCost + "/corrections",
                "{\"effectiveDate\":\"2027-01-15\",\"amount\":" + money("8600.00") + ",\"reason\":\"invoice\"}");
        correction.createdId();
        long version = correction.json().get("version").asLong();

        String evm = "/api/v1/reports/projects/" + projectId + "/evm?statusDate=" + EvmIntegrationMother.STATUS_DATE;
        JsonNode figures = awaitOk(evm + "&minVersion=" + version);
        assertThat(figures.get("currency").asText()).isEqualTo("EUR");
        assertThat(figures.get("baselineId").asText()).isEqualTo(baseline);
        assertThat(figures.get("computedFrom").get("lastSequence").asLong()).isEqualTo(version);
        assertMoney(figures, EvmIntegrationMother.MONEY);
        for (Map.Entry<String, String> index : EvmIntegrationMother.INDICES.entrySet()) {
            JsonNode figure = at(figures, index.getKey());
            assertThat(figure.get("reason").isNull()).as(index.getKey()).isTrue();
            assertThat(figure.get("value").decimalValue()).as(index.getKey()).isEqualByComparingTo(index.getValue());
        }
        assertThat(figures.get("earnedSchedule").get("at").asInt()).isEqualTo(EvmIntegrationMother.ACTUAL_TIME);
        assertThat(figures.get("forecasts").findValuesAsText("formula"))
                .containsExactlyElementsOf(EvmIntegrationMother.FORECAST_FORMULAS);

        JsonNode before = awaitOk(evm + "&asOf=" + beforeCorrection);
        assertMoney(before, EvmIntegrationMother.BEFORE_CORRECTION);
        assertThat(before.get("cpi").get("value").decimalValue())
                .isEqualByComparingTo(EvmIntegrationMother.BEFORE_CORRECTION_CPI);
        assertThat(before.get("asOf").asText()).isEqualTo(beforeCorrection.toString());

        JsonNode series = awaitOk("/api/v1/reports/projects/" + projectId
                + "/evm/series?from=2027-01-04&to=2027-01-20&period=week");
        assertThat(series.get("points")).hasSize(EvmIntegrationMother.WEEKLY_SERIES.size());
        for (int i = 0; i < EvmIntegrationMother.WEEKLY_SERIES.size(); i++) {
            JsonNode point = series.get("points").get(i);
            var expected = EvmIntegrationMother.WEEKLY_SERIES.get(i);
            assertThat(point.get("date").asText()).isEqualTo(expected.get(0));
            assertThat(point.get("pv").get("amount").asText()).as("PV " + expected.get(0)).isEqualTo(expected.get(1));
            assertThat(point.get("ev").get("amount").asText()).as("EV " + expected.get(0)).isEqualTo(expected.get(2));
            assertThat(point.get("ac").get("amount").asText()).as("AC " + expected.get(0)).isEqualTo(expected.get(3));
        }

        assertThat(Api.as("globex", "viewer").get(evm).status()).isEqualTo(404);

        // the dashboard row: its snapshot is taken at the latest fact date, which this restatement makes 20 January
        progress(base, build, EvmIntegrationMother.STATUS_DATE, "60",
                "\"actualStart\":\"2027-01-11\",\"checkpointsDone\":[\"spec\"]");
        JsonNode[] row = new JsonNode[1];
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            row[0] = api.get("/api/v1/reports/projects/" + projectId).json();
            JsonNode snapshot = row[0].get("evm");
            return snapshot != null && !snapshot.isNull()
                    && EvmIntegrationMother.STATUS_DATE.equals(snapshot.get("statusDate").asText());
        });
        for (Map.Entry<String, String> figure : EvmIntegrationMother.DASHBOARD.entrySet()) {
            assertThat(row[0].get("evm").get(figure.getKey()).decimalValue()).as("dashboard " + figure.getKey())
                    .isEqualByComparingTo(figure.getValue());
        }
        assertThat(row[0].get("computedRag").get("definitionVersion").isNumber()).isTrue();
    }

    @Test
    void aProjectWithoutBaselineIs422NamingThePerformanceBaseline() {
        String projectId = api.createProject("Unbaselined " + UUID.randomUUID());
        Api.Response refused = api.get("/api/v1/reports/projects/" + projectId + "/evm?statusDate=2027-01-20"
                + "&minVersion=0");
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("performanceBaseline");
    }

    private void assertMoney(JsonNode figures, Map<String, String> expected) {
        for (Map.Entry<String, String> amount : expected.entrySet()) {
            JsonNode figure = at(figures, amount.getKey());
            assertThat(figure.get("amount").asText()).as(amount.getKey()).isEqualTo(amount.getValue());
            assertThat(figure.get("currency").asText()).as(amount.getKey()).isEqualTo("EUR");
        }
    }

    /** The node at a path like {@code forecasts[2].eac} or {@code earnedSchedule.es}. */
    private static JsonNode at(JsonNode root, String path) {
        JsonNode node = root;
        for (String step : path.split("\\.")) {
            int bracket = step.indexOf('[');
            if (bracket < 0) {
                node = node.get(step);
            }
            else {
                node = node.get(step.substring(0, bracket))
                        .get(Integer.parseInt(step.substring(bracket + 1, step.length() - 1)));
            }
            assertThat(node).as(path).isNotNull();
        }
        return node;
    }

    /** The read model is eventually consistent: a 202 means it has not caught up yet, so ask again. */
    private JsonNode awaitOk(String path) {
        Api.Response[] last = new Api.Response[1];
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            last[0] = api.get(path);
            return last[0].status() != 202;
        });
        assertThat(last[0].status()).as(last[0].body()).isEqualTo(200);
        return last[0].json();
    }

    private void progress(String base, String task, String date, String percent, String more) {
        api.post(base + "/progress", "{\"taskId\":\"" + task + "\",\"effectiveDate\":\"" + date
                + "\",\"percentComplete\":" + percent + "," + more + "}").createdId();
    }

    private String cost(String base, String task, String date, String amount) {
        return api.post(base + "/actual-costs", "{\"taskId\":\"" + task + "\",\"effectiveDate\":\"" + date
                + "\",\"amount\":" + money(amount) + "}").createdId();
    }

    private static String after(String predecessor) {
        return "{\"predecessors\":[{\"predecessorTaskId\":\"" + predecessor + "\",\"type\":\"FS\",\"lagDays\":0}]}";
    }
}
