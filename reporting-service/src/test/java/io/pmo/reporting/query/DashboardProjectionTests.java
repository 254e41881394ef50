package io.pmo.reporting.query;

import static io.pmo.reporting.EvmEventsMother.MON;
import static io.pmo.reporting.EvmEventsMother.STATUS_DATE;
import static io.pmo.reporting.ProjectEventsMother.START;
import static io.pmo.reporting.ProjectEventsMother.TENANT_A;
import static io.pmo.reporting.ProjectEventsMother.T0;
import static io.pmo.reporting.ProjectEventsMother.cloudEvent;
import static io.pmo.reporting.ProjectEventsMother.created;
import static io.pmo.reporting.ProjectEventsMother.newProjectId;
import static io.pmo.reporting.ProjectEventsMother.received;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import io.pmo.events.common.CloudEvent;
import io.pmo.events.project.MilestoneMissed;
import io.pmo.events.project.ProjectEvent;
import io.pmo.events.project.StatusReportFiled;
import io.pmo.events.risk.AssessmentKind;
import io.pmo.events.risk.RiskEvent;
import io.pmo.platform.consumer.ReceivedEvent;
import io.pmo.platform.query.TenantQueries;
import io.pmo.reporting.EvmEventsMother;
import io.pmo.reporting.ProjectEventsMother;
import io.pmo.reporting.RiskEventsMother;
import io.pmo.reporting.TestMongo;
import io.pmo.reporting.command.RagThresholdsDefined;
import io.pmo.reporting.query.ProjectReportRow.ReportedRag;
import io.pmo.reporting.rag.ComputedRag;
import io.pmo.reporting.rag.Rag;
import io.pmo.reporting.rag.RagThresholds;

/**
 * The dashboard fields of a report row and the computed-RAG history, on {@link EvmEventsMother}'s project: at
 * its latest fact date, Tuesday 12 January, PV 1,800.00, EV 1,600.00, AC 750.00, BAC 3,000.00, so SPI =
 * 1,600 / 1,800 = 0.8889, CPI = 1,600 / 750 = 2.1333, EAC = BAC / CPI = 3,000 x 750 / 1,600 = 1,406.25 and
 * budget burn = 750 / 3,000 = 0.2500.
 */
class DashboardProjectionTests {

    private static final RagThresholds STRICT = new RagThresholds(new BigDecimal("0.95"), new BigDecimal("0.90"),
            new BigDecimal("0.95"), new BigDecimal("0.85"), 1, 2);

    @RegisterExtension
    static final TestMongo mongo = new TestMongo();

    private ProjectReportProjection reports;

    private EvmInputsProjection evm;

    private DashboardProjection dashboard;

    private RiskHeatmapProjection heatmaps;

    @BeforeEach
    void freshReadModels() {
        reports = new ProjectReportProjection(mongo.template(), ProjectEventsMother.fixedClock());
        evm = new EvmInputsProjection(mongo.template());
        dashboard = new DashboardProjection(mongo.template(),
                new RagDefinitionQueries(new TenantQueries(mongo.template())));
        heatmaps = new RiskHeatmapProjection(mongo.template(), new TenantQueries(mongo.template()),
                ProjectEventsMother.fixedClock());
    }

    @Test
    void computesTheEarnedValueSnapshotAtTheLatestFactDateAndTheComputedRagOfTheDefaultDefinition() {
        String projectId = newProjectId();
        applyAll(EvmEventsMother.events(TENANT_A, projectId));

        ProjectReportRow row = row(projectId);
        assertThat(row.evm()).isEqualTo(new EvmSnapshot(STATUS_DATE, "EUR", new BigDecimal("0.8889"),
                new BigDecimal("2.1333"), new BigDecimal("1406.25"), new BigDecimal("3000.00"),
                new BigDecimal("750.00"), new BigDecimal("0.2500"), new BigDecimal("1800.00"),
                new BigDecimal("1600.00")));
        assertThat(row.baselineFinish()).isEqualTo(MON.plusDays(11));
        assertThat(row.computedRag()).isEqualTo(new ComputedRag(Rag.AMBER, Rag.AMBER, Rag.GREEN, Rag.GREEN, 0,
                List.of()));
        assertThat(results(projectId)).last().satisfies(result -> {
            assertThat(result.rag()).isEqualTo(row.computedRag());
            assertThat(result.projectSequence()).isEqualTo(9);
            assertThat(result.evm()).isEqualTo(row.evm());
        });
    }

    @Test
    void keepsTheReportOfTheLatestStatusDateAndCountsMissedMilestones() {
        String projectId = newProjectId();
        StatusReportFiled latest = new StatusReportFiled(projectId, TENANT_A, "r1", START.plusDays(14),
                io.pmo.events.project.Rag.RED, io.pmo.events.project.Rag.GREEN, io.pmo.events.project.Rag.AMBER,
                io.pmo.events.project.Rag.GREEN, "Build slipped");
        applyAll(List.of(created(TENANT_A, projectId, "Apollo"), latest,
                new StatusReportFiled(projectId, TENANT_A, "r2", START.plusDays(7), io.pmo.events.project.Rag.GREEN,
                        io.pmo.events.project.Rag.GREEN, io.pmo.events.project.Rag.GREEN,
                        io.pmo.events.project.Rag.GREEN, "Late report of week one"),
                new MilestoneMissed(projectId, TENANT_A, "m1", START.plusDays(10), START.plusDays(11)),
                new MilestoneMissed(projectId, TENANT_A, "m2", START.plusDays(12), START.plusDays(13))));

        ProjectReportRow row = row(projectId);
        assertThat(row.reportedRag()).isEqualTo(new ReportedRag("r1", START.plusDays(14),
                io.pmo.events.project.Rag.RED, io.pmo.events.project.Rag.GREEN, io.pmo.events.project.Rag.AMBER,
                io.pmo.events.project.Rag.GREEN, "Build slipped"));
        assertThat(row.missedMilestones()).isEqualTo(2);
        assertThat(row.evm()).isNull();
        assertThat(row.computedRag().milestones()).isEqualTo(Rag.RED);
        assertThat(row.computedRag().overall()).isEqualTo(Rag.RED);
    }

    @Test
    void newThresholdsRecomputeTheRowWithTheNewVersionWhileEarlierResultsKeepNamingTheOldOne() {
        String projectId = newProjectId();
        applyAll(EvmEventsMother.events(TENANT_A, projectId));
        mongo.template().save(new RagDefinitionVersion(TENANT_A + "|1", TENANT_A, 1, STRICT, T0, "admin"));

        dashboard.on(new RagThresholdsDefined(TENANT_A, TENANT_A, 1, STRICT), T0);
        dashboard.on(new RagThresholdsDefined(TENANT_A, TENANT_A, 1, STRICT), T0);

        ProjectReportRow row = row(projectId);
        assertThat(row.computedRag().definitionVersion()).isEqualTo(1);
        assertThat(row.computedRag().schedule()).isEqualTo(Rag.RED);
        List<RagResult> results = results(projectId);
        assertThat(results).extracting(result -> result.rag().definitionVersion()).containsOnly(0L, 1L);
        assertThat(results).filteredOn(result -> result.projectSequence() == 9)
                .extracting(result -> result.rag().definitionVersion() + " " + result.rag().schedule())
                .containsExactlyInAnyOrder("0 AMBER", "1 RED");
    }

    @Test
    void anEventThatCannotChangeTheFiguresMovesTheRowOnWithoutRecomputingWhileOneThatCanRecomputes() {
        String projectId = newProjectId();
        List<ProjectEvent> events = EvmEventsMother.events(TENANT_A, projectId);
        applyAll(events);
        ProjectReportRow computed = row(projectId);
        int resultsBefore = results(projectId).size();
        // a recomputation from here on finds no earned-value inputs: it would lose the figures
        mongo.template().remove(Query.query(Criteria.where("_id").is(projectId)), EvmInputs.class);

        applyAt(ProjectEventsMother.renamed(TENANT_A, projectId, computed.name(), "Artemis"), events.size());

        ProjectReportRow renamed = row(projectId);
        assertThat(renamed.name()).isEqualTo("Artemis");
        assertThat(renamed.evm()).isEqualTo(computed.evm()).isNotNull();
        assertThat(renamed.computedRag()).isEqualTo(computed.computedRag());
        assertThat(renamed.dashboardSequence()).isEqualTo(events.size());
        assertThat(results(projectId)).hasSize(resultsBefore);

        applyAt(new MilestoneMissed(projectId, TENANT_A, "m9", START.plusDays(10), START.plusDays(11)),
                events.size() + 1);

        assertThat(row(projectId).evm()).as("recomputed, without inputs now").isNull();
        assertThat(row(projectId).dashboardSequence()).isEqualTo(events.size() + 1);
    }

    @Test
    void aRedeliveredOlderEventChangesNeitherTheRowNorTheResults() {
        String projectId = newProjectId();
        List<ProjectEvent> events = EvmEventsMother.events(TENANT_A, projectId);
        applyAll(events);
        ProjectReportRow before = row(projectId);
        List<RagResult> resultsBefore = results(projectId);

        CloudEvent older = cloudEvent(events.get(5), 5);
        assertThat(dashboard.apply(events.get(5), received(older, events.get(5)))).isFalse();
        CloudEvent last = cloudEvent(events.get(9), 9);
        assertThat(dashboard.apply(events.get(9), received(last, events.get(9)))).isFalse();

        assertThat(row(projectId)).isEqualTo(before);
        assertThat(results(projectId)).isEqualTo(resultsBefore);
    }

    @Test
    void aDefinitionThatDoesNotNameRiskCountsRatesAProjectWithHighRisksAsBefore() {
        String projectId = newProjectId();
        applyAll(EvmEventsMother.events(TENANT_A, projectId));
        ComputedRag before = row(projectId).computedRag();
        List<RagResult> resultsBefore = results(projectId);

        risk(projectId, 4, 4);
        risk(projectId, 5, 4);

        assertThat(row(projectId).computedRag()).isEqualTo(before)
                .isEqualTo(new ComputedRag(Rag.AMBER, Rag.AMBER, Rag.GREEN, Rag.GREEN, 0, List.of()));
        assertThat(results(projectId)).isEqualTo(resultsBefore);

        mongo.template().save(new RagDefinitionVersion(TENANT_A + "|1", TENANT_A, 1, STRICT, T0, "admin"));
        dashboard.on(new RagThresholdsDefined(TENANT_A, TENANT_A, 1, STRICT), T0);
        risk(projectId, 4, 3);

        ComputedRag strict = row(projectId).computedRag();
        assertThat(strict.definitionVersion()).isEqualTo(1);
        assertThat(strict.risks()).isNull();
        assertThat(strict).isEqualTo(new ComputedRag(Rag.RED, Rag.RED, Rag.GREEN, Rag.GREEN, 1, List.of()));
        assertThat(results(projectId)).allSatisfy(result -> assertThat(result.highRisks()).isNull());
    }

    @Test
    void aDefinitionCountingHighRisksFromOneTurnsAProjectAmberWhileOneIsOpenAndBackOnceItIsClosed() {
        String projectId = newProjectId();
        applyAll(List.of(created(TENANT_A, projectId, "Apollo")));
        assertThat(row(projectId).computedRag().overall()).isEqualTo(Rag.GREEN);
        RagThresholds counting = new RagThresholds(new BigDecimal("0.95"), new BigDecimal("0.85"),
                new BigDecimal("0.95"), new BigDecimal("0.85"), 1, 2, 1, null);
        mongo.template().save(new RagDefinitionVersion(TENANT_A + "|1", TENANT_A, 1, counting, T0, "admin"));
        dashboard.on(new RagThresholdsDefined(TENANT_A, TENANT_A, 1, counting), T0);
        assertThat(row(projectId).computedRag().risks()).isEqualTo(Rag.GREEN);

        String riskId = risk(projectId, 2, 2);
        assertThat(row(projectId).computedRag().overall()).isEqualTo(Rag.GREEN);
        RiskEvent high = RiskEventsMother.assessed(TENANT_A, riskId, AssessmentKind.RESIDUAL, 4, 4, null);
        applyRisk(high, 2);

        ComputedRag amber = row(projectId).computedRag();
        assertThat(amber.risks()).isEqualTo(Rag.AMBER);
        assertThat(amber.overall()).isEqualTo(Rag.AMBER);
        assertThat(amber.definitionVersion()).isEqualTo(1);
        assertThat(results(projectId)).filteredOn(result -> Integer.valueOf(1).equals(result.highRisks()))
                .extracting(result -> result.rag().overall()).containsExactly(Rag.AMBER);

        applyRisk(RiskEventsMother.closed(TENANT_A, riskId), 3);

        assertThat(row(projectId).computedRag()).isEqualTo(new ComputedRag(Rag.GREEN, null, null, Rag.GREEN,
                Rag.GREEN, 1, amber.notes()));
    }

    @Test
    void aProjectEventAfterAHighRiskKeepsCountingIt() {
        String projectId = newProjectId();
        RagThresholds counting = new RagThresholds(new BigDecimal("0.95"), new BigDecimal("0.85"),
                new BigDecimal("0.95"), new BigDecimal("0.85"), 1, 2, 1, 2);
        mongo.template().save(new RagDefinitionVersion(TENANT_A + "|1", TENANT_A, 1, counting, T0, "admin"));
        applyAll(List.of(created(TENANT_A, projectId, "Apollo")));
        risk(projectId, 4, 4);
        assertThat(row(projectId).computedRag().overall()).isEqualTo(Rag.AMBER);

        MilestoneMissed missed = new MilestoneMissed(projectId, TENANT_A, "m1", START.plusDays(10),
                START.plusDays(11));
        CloudEvent envelope = cloudEvent(missed, 1);
        reports.apply(missed, received(envelope, missed));
        evm.apply(missed, received(envelope, missed));
        dashboard.apply(missed, received(envelope, missed));
        risk(projectId, 5, 4);

        ComputedRag rag = row(projectId).computedRag();
        assertThat(rag.milestones()).isEqualTo(Rag.AMBER);
        assertThat(rag.risks()).isEqualTo(Rag.RED);
        assertThat(rag.overall()).isEqualTo(Rag.RED);
    }

    /** A risk of the project raised and assessed (inherent) at probability x impact; its id. */
    private String risk(String projectId, int probability, int impact) {
        String riskId = RiskEventsMother.newRiskId();
        applyRisk(RiskEventsMother.onProject(TENANT_A, riskId, projectId), 0);
        applyRisk(RiskEventsMother.assessed(TENANT_A, riskId, AssessmentKind.INHERENT, probability, impact, null), 1);
        return riskId;
    }

    private void applyRisk(RiskEvent event, long sequence) {
        ReceivedEvent<RiskEvent> received = RiskEventsMother.received(event, sequence);
        heatmaps.apply(event, received);
        dashboard.applyRisk(event, received);
    }

    private void applyAll(List<ProjectEvent> events) {
        for (int sequence = 0; sequence < events.size(); sequence++) {
            applyAt(events.get(sequence), sequence);
        }
    }

    private void applyAt(ProjectEvent event, long sequence) {
        CloudEvent envelope = cloudEvent(event, sequence);
        reports.apply(event, received(envelope, event));
        evm.apply(event, received(envelope, event));
        dashboard.apply(event, received(envelope, event));
    }

    private static ProjectReportRow row(String projectId) {
        return mongo.template().findById(projectId, ProjectReportRow.class);
    }

    private static List<RagResult> results(String projectId) {
        return mongo.template().find(Query.query(Criteria.where("projectId").is(projectId))
                .with(Sort.by("projectSequence", "_id")), RagResult.class);
    }
}
