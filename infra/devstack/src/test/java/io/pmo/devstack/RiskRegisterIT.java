package io.pmo.devstack;

import static io.pmo.devstack.Json.nested;
import static io.pmo.devstack.Json.object;
import static io.pmo.devstack.TopicProbe.isA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.pmo.events.common.CloudEvent;
import io.pmo.events.risk.EscalationReason;
import io.pmo.events.risk.RiskDeescalated;
import io.pmo.events.risk.RiskEscalated;

/**
 * Issue 13's risk register through the gateway. A risk owner raises a threat on a project a project manager
 * created; its inherent assessment (P4 x I4, 100000.00 EUR cost impact) scores 16, HIGH, an EMV of 70000.00 EUR on
 * the default percentages (10/30/50/70/90) and escalates it by exposure (threshold 15), with a persistent deadline
 * for "HIGH without a response" in db-scheduler's table; the response cancels that deadline, and a residual P2 x I3
 * (6, MEDIUM) de-escalates it, both on {@code pmo.risk.events} as valid CloudEvents. A second risk occurs and raises
 * an issue, which is resolved; a decision links both; cancelling the project on project-service closes every open
 * risk of it. Refused input names its field and stores nothing; a viewer may not raise a risk.
 */
class RiskRegisterIT {

    private static final String RISK_NO_RESPONSE = "risk-no-response";

    private final DevStack stack = TestStack.get();

    private final Api projectManager = Api.as("acme", "project_manager");

    private final Api riskOwner = Api.as("acme", "risk_owner");

    private final StoreProbe store = new StoreProbe(stack.jdbcUrl("pmo_risk"));

    @Test
    void aHighThreatIsEscalatedByItsExposureUntilItsResidualScoreDeescalatesIt() throws IOException {
        String projectId = projectManager.createProject("Risky " + UUID.randomUUID());
        String riskId = raise(riskOwner, projectId, "THREAT", "The key supplier goes bankrupt");
        String risk = "/api/v1/risks/" + riskId;

        Api.Response inherent = riskOwner.post(risk + "/assessments", assessment("INHERENT", 4, 4, "100000.00"));

        assertThat(inherent.status()).as(inherent.body()).isEqualTo(201);
        assertThat(inherent.json().get("id").asText()).isNotBlank();
        long escalatedVersion = inherent.json().get("version").asLong();
        JsonNode escalated = riskOwner.get(risk + "?minVersion=" + escalatedVersion).ok().json();
        assertThat(escalated.get("inherent").get("score").asInt()).isEqualTo(16);
        assertThat(escalated.get("inherent").get("band").asText()).isEqualTo("HIGH");
        assertThat(escalated.get("inherent").get("emv").get("amount").decimalValue())
                .isEqualByComparingTo(new BigDecimal("70000.00"));
        assertThat(escalated.get("inherent").get("emv").get("currency").asText()).isEqualTo("EUR");
        assertThat(escalated.get("escalated").asText()).isEqualTo("EXPOSURE");
        assertThat(riskIds(riskOwner.get("/api/v1/risks?escalated=true&projectId=" + projectId).ok().json()))
                .containsExactly(riskId);
        assertThat(store.deadlines(riskId)).as("deadlines of the risk").containsExactly(RISK_NO_RESPONSE);

        riskOwner.post(risk + "/responses", object("strategy", "MITIGATE", "description",
                "Qualify a second supplier")).ok();
        assertThat(store.deadlines(riskId)).as("deadlines of the risk after its response").isEmpty();
        String actionId = riskOwner.post(risk + "/actions", object("title", "Sign the second supplier", "ownerId",
                "dev-acme-risk_owner", "dueDate", "2027-03-31")).createdId();
        Api.Response residual = riskOwner.post(risk + "/assessments", assessment("RESIDUAL", 2, 3, null));

        assertThat(residual.status()).as(residual.body()).isEqualTo(201);
        long version = residual.json().get("version").asLong();
        JsonNode deescalated = riskOwner.get(risk + "?minVersion=" + version).ok().json();
        assertThat(deescalated.get("residual").get("score").asInt()).isEqualTo(6);
        assertThat(deescalated.get("residual").get("band").asText()).isEqualTo("MEDIUM");
        assertThat(deescalated.get("escalated").isNull()).as(deescalated.toString()).isTrue();
        assertThat(deescalated.get("strategy").asText()).isEqualTo("MITIGATE");
        assertThat(texts(deescalated.get("actions").findValues("actionId"))).containsExactly(actionId);
        assertThat(riskIds(riskOwner.get("/api/v1/risks?escalated=true&projectId=" + projectId).ok().json()))
                .isEmpty();
        JsonNode history = riskOwner.get(risk + "/assessments").ok().json().get("items");
        assertThat(texts(history.findValues("score"))).containsExactly("16", "6");
        assertThat(texts(history.findValues("kind"))).containsExactly("INHERENT", "RESIDUAL");

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            List<CloudEvent> published = published(riskId);
            assertThat(published).hasSize((int) version + 1);
            List<RiskEscalated> escalations = published.stream().filter(event -> isA(event, RiskEscalated.class))
                    .map(event -> event.dataAs(RiskEscalated.class)).toList();
            assertThat(escalations).singleElement().satisfies(escalation -> {
                assertThat(escalation.reason()).isEqualTo(EscalationReason.EXPOSURE);
                assertThat(escalation.score()).isEqualTo(16);
                assertThat(escalation.threshold()).isEqualTo(15);
            });
            assertThat(published).filteredOn(event -> isA(event, RiskDeescalated.class))
                    .map(event -> event.dataAs(RiskDeescalated.class).riskId()).containsExactly(riskId);
        });
    }

    @Test
    void anOccurredRiskRaisesAnIssueADecisionLinksThemAndCancellingTheProjectClosesItsOpenRisks() {
        String projectId = projectManager.createProject("Occurred " + UUID.randomUUID());
        String threat = raise(projectManager, projectId, "THREAT", "The data centre floods");
        String occurring = raise(riskOwner, projectId, "THREAT", "The release slips a month");

        String issueId = riskOwner.post("/api/v1/risks/" + occurring + "/occurrence", object("description",
                "The release slipped", "severity", "HIGH")).createdId();

        String issue = "/api/v1/issues/" + issueId;
        JsonNode raised = await().atMost(Duration.ofSeconds(30)).until(() -> riskOwner.get(issue),
                response -> response.status() == 200).json();
        assertThat(raised.get("riskId").asText()).isEqualTo(occurring);
        assertThat(raised.get("projectId").asText()).isEqualTo(projectId);
        assertThat(raised.get("resolution").isNull()).isTrue();
        long resolved = riskOwner.post(issue + "/resolution", object("resolution", "Scope cut to fit")).ok().json()
                .get("version").asLong();
        JsonNode resolution = riskOwner.get(issue + "?minVersion=" + resolved).ok().json();
        assertThat(resolution.get("resolution").asText()).isEqualTo("Scope cut to fit");
        assertThat(resolution.get("resolvedOn").isNull()).isFalse();
        assertThat(riskOwner.get("/api/v1/risks/" + occurring).ok().json().get("issueId").asText())
                .isEqualTo(issueId);

        String decisionId = projectManager.post("/api/v1/decisions", object("projectId", projectId, "title",
                "Second site", "decision", "Mirror to a second site", "rationale", "Floods and slips",
                "riskIds", List.of(threat, occurring), "issueIds", List.of(issueId))).createdId();
        JsonNode decision = await().atMost(Duration.ofSeconds(30)).until(
                () -> riskOwner.get("/api/v1/decisions?projectId=" + projectId).ok().json().get("items"),
                items -> items.size() == 1);
        assertThat(decision.get(0).get("decisionId").asText()).isEqualTo(decisionId);
        assertThat(texts(decision.get(0).get("riskIds"))).containsExactly(threat, occurring);
        assertThat(texts(decision.get(0).get("issueIds"))).containsExactly(issueId);

        projectManager.post("/api/v1/projects/" + projectId + "/status-changes",
                object("status", "CANCELLED", "reason", "The sponsor left")).ok();

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode risks = riskOwner.get("/api/v1/risks?projectId=" + projectId).ok().json();
            assertThat(riskIds(risks)).containsExactlyInAnyOrder(threat, occurring);
            assertThat(texts(risks.get("items").findValues("status"))).containsOnly("CLOSED");
            assertThat(texts(risks.get("items").findValues("closedReason"))).containsOnly("Project cancelled");
        });
    }

    @Test
    void badInputNamesItsFieldAndStoresNothing() {
        String projectId = projectManager.createProject("Bad input " + UUID.randomUUID());
        String riskId = raise(riskOwner, projectId, "THREAT", "The budget is cut");
        String risk = "/api/v1/risks/" + riskId;
        riskOwner.post(risk + "/assessments", assessment("INHERENT", 3, 3, null)).createdId();
        long version = storedVersion(riskId);

        assertRefused(riskOwner.post(risk + "/assessments", assessment("INHERENT", 0, 3, null)), 400, "probability");
        assertRefused(riskOwner.post(risk + "/assessments", assessment("INHERENT", 6, 3, null)), 400, "probability");
        assertUnchanged(riskId, version);

        String unknownProject = UUID.randomUUID().toString();
        assertRefused(riskOwner.post("/api/v1/risks", raiseBody(unknownProject, "THREAT", "Nowhere")), 422,
                "projectId");
        assertThat(store.events()).noneMatch(event -> event.payload().contains(unknownProject));

        String colleagues = raise(riskOwner, projectId, "OPPORTUNITY", "A grant", "u-" + UUID.randomUUID());
        long colleaguesVersion = storedVersion(colleagues);
        Api.Response notTheOwner = riskOwner.post("/api/v1/risks/" + colleagues + "/assessments",
                assessment("INHERENT", 2, 2, null));
        assertThat(notTheOwner.status()).as(notTheOwner.body()).isEqualTo(403);
        assertUnchanged(colleagues, colleaguesVersion);

        long closed = riskOwner.post(risk + "/closure", object("reason", "The budget is safe")).ok().json()
                .get("version").asLong();
        Api.Response again = riskOwner.post(risk + "/closure", object("reason", "Once more"));
        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertUnchanged(riskId, closed);
    }

    @Test
    void aViewerCannotRaiseARisk() {
        String projectId = projectManager.createProject("Viewed " + UUID.randomUUID());
        String title = "Seen only " + UUID.randomUUID();

        Api.Response refused = Api.as("acme", "viewer").post("/api/v1/risks", raiseBody(projectId, "THREAT", title));

        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(store.events()).noneMatch(event -> event.payload().contains(title));
    }

    /** The gateway routes risk-service's settings (the defaults), its consumer's and its processing groups' DLQs. */
    @Test
    void theGatewayRoutesRiskSettingsAndDeadLettersToRiskService() {
        Api admin = Api.as("acme", "pmo_admin");

        Api.Response settings = admin.get("/api/v1/settings/risk");
        assertThat(settings.status()).as(settings.body()).isEqualTo(200);
        assertThat(settings.json().get("escalationScore").asInt()).isEqualTo(15);
        assertThat(settings.json().get("responseDays").asInt()).isEqualTo(10);
        assertThat(texts(settings.json().get("probabilityPercents"))).containsExactly("10", "30", "50", "70", "90");
        Api.Response consumer = admin.get("/api/v1/admin/consumers/risk-service/dlq");
        assertThat(consumer.status()).as(consumer.body()).isEqualTo(200);
        assertThat(consumer.json().get("total").asLong()).isZero();
        for (String group : List.of("risk-views", "risk-issues", "risk-settings")) {
            Api.Response listed = admin.get("/api/v1/admin/processors/" + group + "/dlq");
            assertThat(listed.status()).as(group + ": " + listed.body()).isEqualTo(200);
            assertThat(listed.json().get("total").asLong()).as(group).isZero();
        }
    }

    private static String raise(Api caller, String projectId, String kind, String title) {
        return onceProjectKnown(caller, raiseBody(projectId, kind, title)).createdId();
    }

    /** A risk the caller raises for someone else, who then owns it. */
    private static String raise(Api caller, String projectId, String kind, String title, String ownerId) {
        return onceProjectKnown(caller, object("projectId", projectId, "kind", kind, "title", title, "category",
                "Delivery", "ownerId", ownerId)).createdId();
    }

    private static String raiseBody(String projectId, String kind, String title) {
        return object("projectId", projectId, "kind", kind, "title", title, "category", "Delivery");
    }

    /**
     * The answer to raising a risk once risk-service knows the project and its manager: it learns both from
     * pmo.project.events, the project ({@code ProjectCreated}) a moment before its manager
     * ({@code ProjectManagerAssigned}), so a project created a moment ago is 422 naming projectId and then, for the
     * manager who created it, 403 for a moment.
     */
    private static Api.Response onceProjectKnown(Api caller, String body) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> caller.post("/api/v1/risks", body),
                response -> response.status() != 403 && (response.status() != 422
                        || !texts(response.json().get("errors").findValues("field")).contains("projectId")));
    }

    private static String assessment(String kind, int probability, int impact, String costImpact) {
        return costImpact == null ? object("kind", kind, "probability", probability, "impact", impact)
                : object("kind", kind, "probability", probability, "impact", impact, "costImpact",
                        nested(object("amount", costImpact, "currency", "EUR")));
    }

    /** The risk's messages on its topic, each checked to be a CloudEvent whose data fits its JSON Schema. */
    private List<CloudEvent> published(String riskId) throws IOException {
        return new TopicProbe(stack.kafkaBootstrapServers()).cloudEvents("pmo.risk.events", riskId);
    }

    private static void assertRefused(Api.Response response, int status, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(texts(response.json().get("errors").findValues("field"))).contains(field);
    }

    /** The risk is still at {@code version}, in its event store and in the register. */
    private void assertUnchanged(String riskId, long version) {
        assertThat(store.events(riskId)).as("events of the risk").hasSize((int) version + 1);
        assertThat(riskOwner.get("/api/v1/risks/" + riskId + "?minVersion=" + version).ok().json().get("version")
                .asLong()).isEqualTo(version);
    }

    /** The risk's version as its event store holds it (its first event is version 0). */
    private long storedVersion(String riskId) {
        return store.events(riskId).size() - 1;
    }

    private static List<String> riskIds(JsonNode page) {
        return texts(page.get("items").findValues("riskId"));
    }

    private static List<String> texts(Iterable<JsonNode> nodes) {
        List<String> texts = new ArrayList<>();
        nodes.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
