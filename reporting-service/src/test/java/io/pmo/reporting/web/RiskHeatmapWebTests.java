package io.pmo.reporting.web;

import static io.pmo.reporting.ProjectEventsMother.TENANT_A;
import static io.pmo.reporting.ProjectEventsMother.TENANT_B;
import static io.pmo.reporting.ProjectEventsMother.newProjectId;
import static io.pmo.events.risk.AssessmentKind.INHERENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import io.pmo.events.common.CloudEvent;
import io.pmo.events.portfolio.PortfolioEvent;
import io.pmo.events.project.ProjectEvent;
import io.pmo.events.risk.RiskEvent;
import io.pmo.platform.consumer.ReceivedEvent;
import io.pmo.platform.query.TenantQueries;
import io.pmo.platform.security.PmoRole;
import io.pmo.platform.security.PmoServletSecurityAutoConfiguration;
import io.pmo.platform.testing.SliceCallers;
import io.pmo.platform.web.PmoWebAutoConfiguration;
import io.pmo.reporting.PortfolioEventsMother;
import io.pmo.reporting.ProjectEventsMother;
import io.pmo.reporting.RiskEventsMother;
import io.pmo.reporting.TestMongo;
import io.pmo.reporting.query.PortfolioRollupProjection;
import io.pmo.reporting.query.ProjectReportProjection;
import io.pmo.reporting.query.RiskHeatmapProjection;
import io.pmo.reporting.query.RiskHeatmapQueries;

/**
 * The HTTP side of the risk heat maps: every role reads its tenant's maps, nobody another tenant's; a project or
 * portfolio reporting knows without risks has an empty map, one it does not know is 404.
 */
@WebMvcTest(controllers = RiskHeatmapController.class)
@ImportAutoConfiguration({ PmoWebAutoConfiguration.class, PmoServletSecurityAutoConfiguration.class })
@Import({ RiskHeatmapQueries.class, WebSliceMongo.class })
class RiskHeatmapWebTests {

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private TestMongo mongo;

    private String projectId;

    private String portfolioId;

    @BeforeEach
    void aPortfolioOfTenantAWithACandidateThatHasAHighRisk() {
        mongo.reset();
        projectId = newProjectId();
        portfolioId = PortfolioEventsMother.newPortfolioId();
        project(ProjectEventsMother.created(TENANT_A, projectId, "Apollo"));
        portfolio(PortfolioEventsMother.created(TENANT_A, portfolioId, "Moonshots", "EUR"),
                PortfolioEventsMother.candidate(TENANT_A, portfolioId, projectId, 2026));
        String riskId = RiskEventsMother.newRiskId();
        risk(RiskEventsMother.onProject(TENANT_A, riskId, projectId),
                RiskEventsMother.assessed(TENANT_A, riskId, INHERENT, 4, 4, "1200.00"));
    }

    @Test
    void answersBothMapsToEveryRoleOfTheTenant() {
        for (PmoRole role : PmoRole.values()) {
            for (String uri : List.of("/api/v1/reports/projects/" + projectId + "/risk-heatmap",
                    "/api/v1/reports/portfolios/" + portfolioId + "/risk-heatmap")) {
                MvcTestResult result = mvc.get().uri(uri).with(caller(TENANT_A, role)).exchange();

                assertThat(result).hasStatusOk();
                assertThat(result).bodyJson().extractingPath("$.openRisks").isEqualTo(1);
                assertThat(result).bodyJson().extractingPath("$.cells[0].probability").isEqualTo(4);
                assertThat(result).bodyJson().extractingPath("$.cells[0].impact").isEqualTo(4);
                assertThat(result).bodyJson().extractingPath("$.bands.high").isEqualTo(1);
                assertThat(result).bodyJson().extractingPath("$.highRisks").isEqualTo(1);
                assertThat(result).bodyJson().extractingPath("$.exposure[0].amount").isEqualTo(1200.00);
                assertThat(result).bodyJson().extractingPath("$.exposure[0].currency").isEqualTo("EUR");
                assertThat(result).bodyJson().doesNotHavePath("$.inputsVersion");
                assertThat(result).bodyJson().doesNotHavePath("$.computedFrom");
            }
        }
    }

    @Test
    void answersAnEmptyMapForAKnownProjectWithoutRisks() {
        String quiet = newProjectId();
        project(ProjectEventsMother.created(TENANT_A, quiet, "Quiet"));

        assertThat(mvc.get().uri("/api/v1/reports/projects/{id}/risk-heatmap", quiet).with(caller(TENANT_A)))
                .hasStatusOk().bodyJson().satisfies(json -> {
                    assertThat(json).extractingPath("$.scope").isEqualTo("PROJECT");
                    assertThat(json).extractingPath("$.openRisks").isEqualTo(0);
                    assertThat(json).extractingPath("$.cells").asArray().isEmpty();
                });
    }

    @Test
    void answersAnotherTenantsOrAnUnknownMapAsNotFoundProblem() {
        for (String uri : List.of("/api/v1/reports/projects/" + projectId + "/risk-heatmap",
                "/api/v1/reports/portfolios/" + portfolioId + "/risk-heatmap")) {
            assertThat(mvc.get().uri(uri).with(caller(TENANT_B))).hasStatus(HttpStatus.NOT_FOUND)
                    .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }
        assertThat(mvc.get().uri("/api/v1/reports/projects/{id}/risk-heatmap", newProjectId())
                .with(caller(TENANT_A))).hasStatus(HttpStatus.NOT_FOUND)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.get().uri("/api/v1/reports/portfolios/{id}/risk-heatmap",
                PortfolioEventsMother.newPortfolioId()).with(caller(TENANT_A))).hasStatus(HttpStatus.NOT_FOUND)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void refusesARequestWithoutToken() {
        assertThat(mvc.get().uri("/api/v1/reports/projects/{id}/risk-heatmap", projectId))
                .hasStatus(HttpStatus.UNAUTHORIZED).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private void project(ProjectEvent event) {
        CloudEvent envelope = ProjectEventsMother.cloudEvent(event, 0);
        new ProjectReportProjection(mongo.template(), ProjectEventsMother.fixedClock())
                .apply(event, ProjectEventsMother.received(envelope, event));
    }

    private void portfolio(PortfolioEvent... events) {
        TenantQueries queries = new TenantQueries(mongo.template());
        PortfolioRollupProjection rollups = new PortfolioRollupProjection(mongo.template(), queries,
                ProjectEventsMother.fixedClock());
        RiskHeatmapProjection heatmaps = new RiskHeatmapProjection(mongo.template(), queries,
                ProjectEventsMother.fixedClock());
        for (CloudEvent envelope : PortfolioEventsMother.history(List.of(events))) {
            PortfolioEvent event = (PortfolioEvent) PortfolioEventsMother.record(envelope);
            ReceivedEvent<PortfolioEvent> received = ReceivedEvent.of(ProjectEventsMother.GROUP, envelope, event);
            rollups.apply(event, received);
            heatmaps.applyPortfolio(event, received);
        }
    }

    private void risk(RiskEvent... events) {
        RiskHeatmapProjection heatmaps = new RiskHeatmapProjection(mongo.template(),
                new TenantQueries(mongo.template()), ProjectEventsMother.fixedClock());
        for (int sequence = 0; sequence < events.length; sequence++) {
            heatmaps.apply(events[sequence], RiskEventsMother.received(events[sequence], sequence));
        }
    }

    /** A validated token of this tenant (a viewer unless a role is given), mapped by the platform's converter. */
    private static RequestPostProcessor caller(String tenantId, PmoRole... roles) {
        List<String> granted = roles.length == 0 ? List.of(PmoRole.VIEWER.name())
                : List.of(roles).stream().map(PmoRole::name).toList();
        return SliceCallers.caller("user-7", tenantId, granted);
    }
}
