package io.pmo.reporting.query;

import static io.pmo.reporting.ProjectEventsMother.TENANT_A;
import static io.pmo.reporting.ProjectEventsMother.newProjectId;
import static io.pmo.reporting.RiskEventsMother.assessed;
import static io.pmo.reporting.RiskEventsMother.closed;
import static io.pmo.reporting.RiskEventsMother.escalated;
import static io.pmo.reporting.RiskEventsMother.newRiskId;
import static io.pmo.reporting.RiskEventsMother.occurred;
import static io.pmo.reporting.RiskEventsMother.onPortfolio;
import static io.pmo.reporting.RiskEventsMother.onProject;
import static io.pmo.reporting.RiskEventsMother.received;
import static io.pmo.events.risk.AssessmentKind.INHERENT;
import static io.pmo.events.risk.AssessmentKind.RESIDUAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.pmo.events.common.CloudEvent;
import io.pmo.events.common.Money;
import io.pmo.events.portfolio.PortfolioEvent;
import io.pmo.events.risk.Band;
import io.pmo.events.risk.RiskEvent;
import io.pmo.platform.consumer.ReceivedEvent;
import io.pmo.platform.query.TenantQueries;
import io.pmo.reporting.PortfolioEventsMother;
import io.pmo.reporting.ProjectEventsMother;
import io.pmo.reporting.TestMongo;
import io.pmo.reporting.query.RiskHeatmap.BandCounts;
import io.pmo.reporting.query.RiskHeatmap.Cell;
import io.pmo.reporting.query.RiskHeatmap.Scope;
import io.pmo.reporting.query.RiskReport.Status;

/**
 * The risk documents and heat maps on the MongoDB-wire server. Bands as in {@code RiskEventsMother}: 4 x 4 = 16
 * is HIGH, 5 x 4 = 20 CRITICAL, 2 x 2 = 4 LOW, 3 x 2 = 6 MEDIUM.
 */
class RiskHeatmapProjectionTests {

    @RegisterExtension
    static final TestMongo mongo = new TestMongo();

    private RiskHeatmapProjection heatmaps;

    private PortfolioRollupProjection rollups;

    @BeforeEach
    void freshReadModels() {
        TenantQueries queries = new TenantQueries(mongo.template());
        heatmaps = new RiskHeatmapProjection(mongo.template(), queries, ProjectEventsMother.fixedClock());
        rollups = new PortfolioRollupProjection(mongo.template(), queries, ProjectEventsMother.fixedClock());
    }

    @Test
    void countsOpenRisksPerCellAndBandAndSumsTheirExposurePerCurrency() {
        String projectId = newProjectId();
        history(onProject(TENANT_A, "r1", projectId), assessed(TENANT_A, "r1", INHERENT, 4, 4, "1000.00"));
        history(onProject(TENANT_A, "r2", projectId), assessed(TENANT_A, "r2", INHERENT, 4, 4, "500.50"));
        history(onProject(TENANT_A, "r3", projectId), assessed(TENANT_A, "r3", INHERENT, 5, 4, "200.00"));
        history(onProject(TENANT_A, "r4", projectId), assessed(TENANT_A, "r4", INHERENT, 2, 2, null));
        history(onProject(TENANT_A, "r5", projectId));
        history(onProject(TENANT_A, "r6", newProjectId()), assessed(TENANT_A, "r6", INHERENT, 5, 5, "9999.00"));

        RiskHeatmap map = projectMap(projectId);
        assertThat(map.tenantId()).isEqualTo(TENANT_A);
        assertThat(map.openRisks()).isEqualTo(5);
        assertThat(map.unassessed()).isEqualTo(1);
        assertThat(map.cells()).containsExactly(new Cell(2, 2, 1), new Cell(4, 4, 2), new Cell(5, 4, 1));
        assertThat(map.bands()).isEqualTo(new BandCounts(1, 0, 2, 1));
        assertThat(map.highRisks()).isEqualTo(3);
        assertThat(map.exposure()).containsExactly(Money.of("1700.50", "EUR"));
    }

    @Test
    void aClosedOrOccurredRiskLeavesTheMapButKeepsItsDocument() {
        String projectId = newProjectId();
        String closedRisk = newRiskId();
        String occurredRisk = newRiskId();
        history(onProject(TENANT_A, closedRisk, projectId), assessed(TENANT_A, closedRisk, INHERENT, 4, 4, "100.00"),
                closed(TENANT_A, closedRisk));
        history(onProject(TENANT_A, occurredRisk, projectId),
                assessed(TENANT_A, occurredRisk, INHERENT, 3, 2, "50.00"), occurred(TENANT_A, occurredRisk));

        RiskHeatmap map = projectMap(projectId);
        assertThat(map.openRisks()).isZero();
        assertThat(map.cells()).isEmpty();
        assertThat(map.bands()).isEqualTo(BandCounts.NONE);
        assertThat(map.exposure()).isEmpty();
        assertThat(risk(closedRisk).status()).isEqualTo(Status.CLOSED);
        assertThat(risk(closedRisk).assessment().band()).isEqualTo(Band.HIGH);
        assertThat(risk(occurredRisk).status()).isEqualTo(Status.OCCURRED);
    }

    @Test
    void aResidualAssessmentReplacesTheInherentOneAndALaterInherentOneDoesNot() {
        String projectId = newProjectId();
        String riskId = newRiskId();
        history(onProject(TENANT_A, riskId, projectId), assessed(TENANT_A, riskId, INHERENT, 4, 4, "1000.00"),
                assessed(TENANT_A, riskId, RESIDUAL, 2, 2, "250.00"),
                assessed(TENANT_A, riskId, INHERENT, 5, 5, "2000.00"));

        assertThat(risk(riskId).assessment().kind()).isEqualTo(RESIDUAL);
        assertThat(risk(riskId).assessment().score()).isEqualTo(4);
        RiskHeatmap map = projectMap(projectId);
        assertThat(map.cells()).containsExactly(new Cell(2, 2, 1));
        assertThat(map.bands()).isEqualTo(new BandCounts(1, 0, 0, 0));
        assertThat(map.exposure()).containsExactly(Money.of("250.00", "EUR"));
    }

    @Test
    void aRedeliveredOrOlderEventOfARiskChangesNeitherItsDocumentNorTheMap() {
        String projectId = newProjectId();
        String riskId = newRiskId();
        List<RiskEvent> events = List.of(onProject(TENANT_A, riskId, projectId),
                assessed(TENANT_A, riskId, INHERENT, 4, 4, "1000.00"), escalated(TENANT_A, riskId),
                assessed(TENANT_A, riskId, RESIDUAL, 2, 3, "300.00"));
        history(events.toArray(RiskEvent[]::new));
        RiskReport before = risk(riskId);
        RiskHeatmap mapBefore = projectMap(projectId);

        assertThat(heatmaps.apply(events.get(3), received(events.get(3), 3))).isFalse();
        assertThat(heatmaps.apply(events.get(1), received(events.get(1), 1))).isFalse();
        assertThat(heatmaps.apply(events.get(2), received(events.get(2), 2))).isFalse();

        assertThat(risk(riskId)).isEqualTo(before);
        assertThat(risk(riskId).lastSequence()).isEqualTo(3);
        assertThat(risk(riskId).assessment().probability()).isEqualTo(2);
        RiskHeatmap map = projectMap(projectId);
        assertThat(map.cells()).isEqualTo(mapBefore.cells()).containsExactly(new Cell(2, 3, 1));
        assertThat(map.exposure()).isEqualTo(mapBefore.exposure());
    }

    @Test
    void aPortfolioMapCoversItsOwnRisksAndThoseOfItsCandidatesWhicheverCameFirst() {
        String portfolioId = PortfolioEventsMother.newPortfolioId();
        String early = newProjectId();
        String late = newProjectId();
        String outsider = newProjectId();
        portfolio(PortfolioEventsMother.created(TENANT_A, portfolioId, "Moonshots", "EUR"),
                PortfolioEventsMother.candidate(TENANT_A, portfolioId, early, 2026));
        history(onPortfolio(TENANT_A, "own", portfolioId), assessed(TENANT_A, "own", INHERENT, 3, 2, "10.00"));
        history(onProject(TENANT_A, "early", early), assessed(TENANT_A, "early", INHERENT, 4, 4, "20.00"));
        // the risk of a project comes before the project becomes the portfolio's candidate
        history(onProject(TENANT_A, "late", late), assessed(TENANT_A, "late", INHERENT, 5, 4, "30.00"));
        history(onProject(TENANT_A, "outside", outsider), assessed(TENANT_A, "outside", INHERENT, 1, 1, "99.00"));
        assertThat(portfolioMap(portfolioId).openRisks()).isEqualTo(2);

        CloudEvent candidacy = PortfolioEventsMother.cloudEvent(
                PortfolioEventsMother.candidate(TENANT_A, portfolioId, late, 2026), 2);
        PortfolioEvent proposed = (PortfolioEvent) PortfolioEventsMother.record(candidacy);
        ReceivedEvent<PortfolioEvent> received = ReceivedEvent.of(ProjectEventsMother.GROUP, candidacy, proposed);
        rollups.apply(proposed, received);
        heatmaps.applyPortfolio(proposed, received);

        RiskHeatmap map = portfolioMap(portfolioId);
        assertThat(map.scope()).isEqualTo(Scope.PORTFOLIO);
        assertThat(map.openRisks()).isEqualTo(3);
        assertThat(map.cells()).containsExactly(new Cell(3, 2, 1), new Cell(4, 4, 1), new Cell(5, 4, 1));
        assertThat(map.bands()).isEqualTo(new BandCounts(0, 1, 1, 1));
        assertThat(map.exposure()).containsExactly(Money.of("60.00", "EUR"));

        history(closed(TENANT_A, "early"), 2);
        assertThat(portfolioMap(portfolioId).cells()).containsExactly(new Cell(3, 2, 1), new Cell(5, 4, 1));
        assertThat(projectMap(early).openRisks()).isZero();
    }

    @Test
    void anAssessmentOffTheMatrixIsRefusedWithItsReason() {
        String riskId = newRiskId();
        history(onProject(TENANT_A, riskId, newProjectId()));
        RiskEvent offMatrix = assessed(TENANT_A, riskId, INHERENT, 6, 1, null);

        assertThatThrownBy(() -> heatmaps.apply(offMatrix, received(offMatrix, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("probability 6");
        assertThat(risk(riskId).assessment()).isNull();
    }

    /** The events as one risk's history, sequences 0 to n - 1. */
    private void history(RiskEvent... events) {
        for (int sequence = 0; sequence < events.length; sequence++) {
            heatmaps.apply(events[sequence], received(events[sequence], sequence));
        }
    }

    private void history(RiskEvent event, long sequence) {
        heatmaps.apply(event, received(event, sequence));
    }

    private void portfolio(PortfolioEvent... events) {
        for (CloudEvent envelope : PortfolioEventsMother.history(List.of(events))) {
            PortfolioEvent event = (PortfolioEvent) PortfolioEventsMother.record(envelope);
            ReceivedEvent<PortfolioEvent> received = ReceivedEvent.of(ProjectEventsMother.GROUP, envelope, event);
            rollups.apply(event, received);
            heatmaps.applyPortfolio(event, received);
        }
    }

    private static RiskReport risk(String riskId) {
        return mongo.template().findById(riskId, RiskReport.class);
    }

    private static RiskHeatmap projectMap(String projectId) {
        return mongo.template().findById(RiskHeatmap.idOf(Scope.PROJECT, projectId), RiskHeatmap.class);
    }

    private static RiskHeatmap portfolioMap(String portfolioId) {
        return mongo.template().findById(RiskHeatmap.idOf(Scope.PORTFOLIO, portfolioId), RiskHeatmap.class);
    }
}
