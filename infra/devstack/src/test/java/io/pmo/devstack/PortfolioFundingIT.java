package io.pmo.devstack;

import static io.pmo.devstack.Json.nested;
import static io.pmo.devstack.Json.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.pmo.events.common.CloudEvent;
import io.pmo.events.common.EventCatalog;
import io.pmo.events.portfolio.FundingApproved;

/**
 * Issue 11's flow through the gateway: a portfolio manager sets a portfolio's envelope, objectives and scoring
 * model, proposes three projects a project manager created, scores and ranks them, evaluates a scenario and
 * approves it; the funding travels over {@code pmo.portfolio.events} to project-service, which approves exactly the
 * selected projects. The three cost 300k, 200k and 200k: the 300k one scores best on its own, but within 400k the
 * two 200k ones together are worth more, so the exact selection is not the greedy pick by score. Refused writes
 * answer a problem naming the field and store no event.
 */
class PortfolioFundingIT {

    private static final String SCORING_MODEL = object("criteria", List.of(
            Map.of("key", "value", "name", "Business value", "weight", 60, "scale", List.of(1, 2, 3, 5, 8, 13, 20)),
            Map.of("key", "risk", "name", "Risk reduction", "weight", 40, "scale", List.of(1, 2, 3, 4, 5))));

    private final DevStack stack = TestStack.get();

    private final Api portfolioManager = Api.as("acme", "portfolio_manager");

    private final Api projectManager = Api.as("acme", "project_manager");

    private final StoreProbe store = new StoreProbe(stack.jdbcUrl("pmo_portfolio"));

    @Test
    void theApprovedScenarioFundsTheOptimalSelectionAndProjectServiceApprovesExactlyThoseProjects() {
        String best = projectManager.createProject("Best alone " + UUID.randomUUID());
        String second = projectManager.createProject("Second " + UUID.randomUUID());
        String third = projectManager.createProject("Third " + UUID.randomUUID());
        String portfolioId = portfolioWithModel("FY27 " + UUID.randomUUID(), "500000.00");
        String base = "/api/v1/portfolios/" + portfolioId;

        propose(portfolioId, best, "300000.00");
        propose(portfolioId, second, "200000.00");
        propose(portfolioId, third, "200000.00");
        // best: 60 * 20/20 + 40 * 5/5 = 100; second: 60 * 13/20 + 40 * 4/5 = 71; third: 60 * 8/20 + 40 * 5/5 = 64
        score(portfolioId, best, 20, 5);
        score(portfolioId, second, 13, 4);
        score(portfolioId, third, 8, 5);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertRanking(
                portfolioManager.get(base + "/ranking").ok().json(), "SCORE", "score", List.of(best, second, third),
                List.of("100.0", "71.0", "64.0")));

        // WSJF = (business value + time criticality + risk reduction) / job size: 16/13, 16/5, 41/5
        wsjf(portfolioId, best, 8, 5, 3, 13);
        wsjf(portfolioId, second, 8, 5, 3, 5);
        wsjf(portfolioId, third, 20, 13, 8, 5);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertRanking(
                portfolioManager.get(base + "/ranking?by=WSJF").ok().json(), "WSJF", "wsjf",
                List.of(third, second, best), List.of("8.20", "3.20", "1.23")));

        Api.Response evaluated = portfolioManager.post(base + "/scenarios", object("name", "FY27", "budget",
                money("400000.00")));
        String scenarioId = evaluated.createdId();
        JsonNode scenario = evaluated.json();
        assertThat(texts(scenario.get("selected"))).containsExactlyInAnyOrder(second, third);
        assertThat(scenario.get("totalValue").decimalValue()).isEqualByComparingTo("135.0");
        assertThat(scenario.get("totalCost").get("amount").decimalValue()).isEqualByComparingTo("400000.00");
        assertThat(scenario.get("frontier")).isNotEmpty();

        Api.Response approval = portfolioManager.post(base + "/scenarios/" + scenarioId + "/approval", "{}").ok();
        long approvedVersion = approval.json().get("version").asLong();

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(status(second)).isEqualTo("APPROVED");
            assertThat(status(third)).isEqualTo("APPROVED");
        });
        assertThat(status(best)).isEqualTo("PROPOSED");

        JsonNode budget = portfolioManager.get(base + "?minVersion=" + approvedVersion).ok().json().get("budgets")
                .get("2027");
        assertThat(budget.get("funded").decimalValue()).isEqualByComparingTo("400000");
        assertThat(budget.get("remaining").decimalValue()).isEqualByComparingTo("100000");

        List<String> funded = new TopicProbe(stack.kafkaBootstrapServers()).readAll("pmo.portfolio.events").stream()
                .filter(record -> portfolioId.equals(record.key())).map(record -> CloudEvent.parse(record.value()))
                .filter(event -> event.type().equals(EventCatalog.cloudEventType(FundingApproved.class)))
                .map(event -> event.dataAs(FundingApproved.class).projectId()).toList();
        assertThat(funded).containsExactlyInAnyOrder(second, third);
    }

    @Test
    void refusedWritesNameTheFieldAndStoreNothing() {
        String project = projectManager.createProject("Too dear " + UUID.randomUUID());
        String portfolioId = portfolioWithModel("Small " + UUID.randomUUID(), "100000.00");
        String base = "/api/v1/portfolios/" + portfolioId;
        propose(portfolioId, project, "250000.00");
        // a candidate enters at IDEA: approved through it, it waits at BUSINESS_CASE for its funding decision
        Api.Response throughIdea = portfolioManager.post(base + "/candidates/" + project + "/gate-decisions",
                object("decision", "APPROVE", "reason", "The problem is clear", "criteriaMet",
                        List.of("Problem and outcome stated")));
        throughIdea.createdId();
        long version = throughIdea.json().get("version").asLong();

        assertRefusedAndUnchanged(portfolioId, version, portfolioManager.put(base + "/scoring-model",
                object("criteria", List.of(
                        Map.of("key", "value", "name", "Business value", "weight", 50, "scale",
                                List.of(1, 2, 3, 5, 8, 13, 20)),
                        Map.of("key", "risk", "name", "Risk reduction", "weight", 40, "scale",
                                List.of(1, 2, 3, 4, 5))))),
                422, "criteria");
        assertRefusedAndUnchanged(portfolioId, version, portfolioManager.post(base + "/candidates", object(
                "projectId", projectManager.createProject("Negative " + UUID.randomUUID()), "fiscalYear", 2027,
                "estimatedCost", money("-1.00"))), 400, "estimatedCost.amount");
        assertRefusedAndUnchanged(portfolioId, version, portfolioManager.post(base + "/candidates", object(
                "projectId", UUID.randomUUID().toString(), "fiscalYear", 2027, "estimatedCost", money("1000.00"))),
                422, "projectId");
        assertRefusedAndUnchanged(portfolioId, version, portfolioManager.post(base + "/funding-decisions", object(
                "projectId", project, "reason", "Strategic", "criteriaMet",
                List.of("Business case reviewed", "Estimates validated"))), 422, "amount");
    }

    @Test
    void aViewerCannotCreateAPortfolio() {
        Api.Response refused = Api.as("acme", "viewer").post("/api/v1/portfolios", object("name", "Not mine",
                "currency", "EUR"));

        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
    }

    /** The gateway routes portfolio-service's settings, its consumer's and its processing groups' dead letters. */
    @Test
    void theGatewayRoutesPortfolioSettingsAndDeadLettersToPortfolioService() {
        Api admin = Api.as("globex", "pmo_admin");

        Api.Response settings = admin.get("/api/v1/settings/portfolio");
        assertThat(settings.status()).as(settings.body()).isEqualTo(200);
        assertThat(texts(settings.json().get("gates").findValues("key"))).contains("IDEA", "BUSINESS_CASE", "FUNDED");
        Api.Response consumer = admin.get("/api/v1/admin/consumers/portfolio-service/dlq");
        assertThat(consumer.status()).as(consumer.body()).isEqualTo(200);
        assertThat(consumer.json().get("total").asLong()).isZero();
        for (String group : List.of("portfolio-views", "portfolio-candidates", "portfolio-scenarios",
                "portfolio-settings")) {
            Api.Response listed = admin.get("/api/v1/admin/processors/" + group + "/dlq");
            assertThat(listed.status()).as(group + ": " + listed.body()).isEqualTo(200);
            assertThat(listed.json().get("total").asLong()).as(group).isZero();
        }
    }

    /** A portfolio with an envelope for 2027, two objectives and {@link #SCORING_MODEL} as model version 1. */
    private String portfolioWithModel(String name, String envelope) {
        Api.Response created = portfolioManager.post("/api/v1/portfolios", object("name", name, "currency", "EUR"));
        String portfolioId = created.createdId();
        assertThat(created.json().has("version")).isTrue();
        String base = "/api/v1/portfolios/" + portfolioId;
        portfolioManager.put(base + "/budgets/2027", object("amount", money(envelope))).ok();
        portfolioManager.put(base + "/objectives", object("objectives", List.of(
                Map.of("name", "Grow revenue", "weight", 60), Map.of("name", "Cut cost", "weight", 40)))).ok();
        JsonNode model = portfolioManager.put(base + "/scoring-model", SCORING_MODEL).ok().json();
        assertThat(model.get("id").asText()).isEqualTo(portfolioId);
        assertThat(model.has("version")).isTrue();
        assertThat(model.get("modelVersion").asInt()).isEqualTo(1);
        return portfolioId;
    }

    /** Proposes the project; portfolio-service learns projects from pmo.project.events, so a new one may be 422. */
    private void propose(String portfolioId, String projectId, String cost) {
        String body = object("projectId", projectId, "fiscalYear", 2027, "estimatedCost", money(cost));
        Api.Response proposed = await().atMost(Duration.ofSeconds(60)).until(
                () -> portfolioManager.post("/api/v1/portfolios/" + portfolioId + "/candidates", body),
                response -> response.status() != 422);
        assertThat(proposed.createdId()).isEqualTo(projectId);
    }

    private void score(String portfolioId, String projectId, int value, int risk) {
        portfolioManager.post("/api/v1/portfolios/" + portfolioId + "/candidates/" + projectId + "/scores",
                object("modelVersion", 1, "ratings", Map.of("value", value, "risk", risk))).ok();
    }

    private void wsjf(String portfolioId, String projectId, int businessValue, int timeCriticality, int riskReduction,
            int jobSize) {
        portfolioManager.post("/api/v1/portfolios/" + portfolioId + "/candidates/" + projectId + "/wsjf",
                object("businessValue", businessValue, "timeCriticality", timeCriticality, "riskReduction",
                        riskReduction, "jobSize", jobSize)).ok();
    }

    private String status(String projectId) {
        return portfolioManager.get("/api/v1/projects/" + projectId).ok().json().get("status").asText();
    }

    private void assertRefusedAndUnchanged(String portfolioId, long version, Api.Response response, int status,
            String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(texts(response.json().get("errors").findValues("field"))).contains(field);
        assertThat(portfolioManager.get("/api/v1/portfolios/" + portfolioId + "?minVersion=" + version).ok().json()
                .get("version").asLong()).isEqualTo(version);
        assertThat(store.events(portfolioId)).as("events of the portfolio").hasSize((int) version + 1);
    }

    private static void assertRanking(JsonNode ranking, String by, String measure, List<String> projects,
            List<String> values) {
        assertThat(ranking.get("by").asText()).isEqualTo(by);
        JsonNode candidates = ranking.get("candidates");
        assertThat(texts(candidates.findValues("projectId"))).containsExactlyElementsOf(projects);
        List<BigDecimal> measured = candidates.findValues(measure).stream().map(JsonNode::decimalValue).toList();
        assertThat(measured).usingElementComparator(BigDecimal::compareTo)
                .containsExactlyElementsOf(values.stream().map(BigDecimal::new).toList());
    }

    private static Json.Raw money(String amount) {
        return nested(object("amount", amount, "currency", "EUR"));
    }

    private static List<String> texts(Iterable<JsonNode> nodes) {
        List<String> texts = new ArrayList<>();
        nodes.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
