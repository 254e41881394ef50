package io.pmo.reporting.query;

import static io.pmo.reporting.PortfolioEventsMother.candidate;
import static io.pmo.reporting.PortfolioEventsMother.envelope;
import static io.pmo.reporting.PortfolioEventsMother.eur;
import static io.pmo.reporting.PortfolioEventsMother.funding;
import static io.pmo.reporting.PortfolioEventsMother.newPortfolioId;
import static io.pmo.reporting.ProjectEventsMother.T0;
import static io.pmo.reporting.ProjectEventsMother.TENANT_A;
import static io.pmo.reporting.ProjectEventsMother.newProjectId;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Query;

import io.pmo.events.common.CloudEvent;
import io.pmo.events.portfolio.GateDecided;
import io.pmo.events.portfolio.GateDecision;
import io.pmo.events.portfolio.PortfolioEvent;
import io.pmo.events.project.ProjectEvent;
import io.pmo.platform.consumer.ReceivedEvent;
import io.pmo.platform.consumer.SourceGuard;
import io.pmo.platform.query.TenantQueries;
import io.pmo.reporting.EvmEventsMother;
import io.pmo.reporting.PortfolioEventsMother;
import io.pmo.reporting.ProjectEventsMother;
import io.pmo.reporting.TestMongo;
import io.pmo.reporting.command.RagThresholdsDefined;
import io.pmo.reporting.query.PortfolioRollup.Candidate;
import io.pmo.reporting.query.PortfolioRollup.EvmTotals;
import io.pmo.reporting.query.PortfolioRollup.FiscalYear;
import io.pmo.reporting.query.PortfolioRollup.RagCounts;
import io.pmo.reporting.rag.RagThresholds;

/**
 * The portfolio roll-up fed from both topics, each event handed to the handlers in the consumer's order. The
 * portfolio "Moonshots" (EUR) holds five candidates: two {@link EvmEventsMother} projects (each PV 1,800.00,
 * EV 1,600.00, AC 750.00, BAC 3,000.00 at 12 January 2027, SPI 0.8889: AMBER by the default definition), one
 * {@link ProjectEventsMother#dashboardHistory} project (two missed milestones: RED, no earned value), one plain
 * project (nothing measured: GREEN) and one reporting has never heard of. So the sums are BAC 6,000.00,
 * PV 3,600.00, EV 3,200.00 and AC 1,500.00 over two projects, three without figures, and the counts 1 green,
 * 2 amber, 1 red, 1 none.
 */
class PortfolioRollupProjectionTests {

    /** The seed of the interleaved order: the same order on every run. */
    private static final long SEED = 20_260_301L;

    private static final RagThresholds STRICT = new RagThresholds(new BigDecimal("0.95"), new BigDecimal("0.90"),
            new BigDecimal("0.95"), new BigDecimal("0.85"), 1, 2);

    /** Bookkeeping that says how the document got there, not what it shows. */
    private static final List<String> BOOKKEEPING = List.of(SourceGuard.SOURCES, "inputsVersion",
            SourceGuard.LAST_EVENT_ID, SourceGuard.LAST_EVENT_AT);

    @RegisterExtension
    static final TestMongo mongo = new TestMongo();

    private ProjectReportProjection reports;

    private EvmInputsProjection evm;

    private DashboardProjection dashboard;

    private PortfolioRollupProjection rollups;

    private final String portfolioId = newPortfolioId();

    private final String earnedA = newProjectId();

    private final String earnedB = newProjectId();

    private final String late = newProjectId();

    private final String plain = newProjectId();

    private final String unknown = newProjectId();

    private List<CloudEvent> portfolio;

    private List<List<CloudEvent>> projects;

    @BeforeEach
    void freshReadModels() {
        TenantQueries queries = new TenantQueries(mongo.template());
        reports = new ProjectReportProjection(mongo.template(), ProjectEventsMother.fixedClock());
        evm = new EvmInputsProjection(mongo.template());
        dashboard = new DashboardProjection(mongo.template(), new RagDefinitionQueries(queries));
        rollups = new PortfolioRollupProjection(mongo.template(), queries, ProjectEventsMother.fixedClock());
        portfolio = PortfolioEventsMother.history(List.of(
                PortfolioEventsMother.created(TENANT_A, portfolioId, "Moonshots", "EUR"),
                envelope(TENANT_A, portfolioId, 2026, "500000.00"),
                envelope(TENANT_A, portfolioId, 2027, "300000.00"),
                candidate(TENANT_A, portfolioId, earnedA, 2026),
                candidate(TENANT_A, portfolioId, earnedB, 2026),
                candidate(TENANT_A, portfolioId, late, 2027),
                candidate(TENANT_A, portfolioId, plain, 2027),
                candidate(TENANT_A, portfolioId, unknown, 2027),
                funding(TENANT_A, portfolioId, earnedA, "120000.00", LocalDate.of(2026, 2, 1)),
                funding(TENANT_A, portfolioId, late, "80000.00", LocalDate.of(2026, 11, 30))));
        projects = List.of(EvmEventsMother.history(TENANT_A, earnedA), EvmEventsMother.history(TENANT_A, earnedB),
                ProjectEventsMother.dashboardHistory(TENANT_A, late), ProjectEventsMother.history(TENANT_A, plain, 3));
    }

    @Test
    void sumsTheCandidatesEarnedValueAndCountsTheirComputedRag() {
        deliver(portfolioFirst());

        PortfolioRollup rollup = rollup();
        assertThat(rollup.evm()).isEqualTo(new EvmTotals("EUR", new BigDecimal("6000.00"),
                new BigDecimal("3600.00"), new BigDecimal("3200.00"), new BigDecimal("1500.00"), 2, 3, List.of(),
                EvmEventsMother.STATUS_DATE, EvmEventsMother.STATUS_DATE));
        assertThat(rollup.rag()).isEqualTo(new RagCounts(1, 2, 1, 1));
        assertThat(rollup.projects()).extracting(Candidate::projectId)
                .containsExactlyElementsOf(List.of(earnedA, earnedB, late, plain, unknown).stream().sorted().toList());
        assertThat(rollup.name()).isEqualTo("Moonshots");
        assertThat(rollup.currency()).isEqualTo("EUR");
        assertThat(rollup.ownerId()).isEqualTo("owner-1");
        assertThat(rollup.tenantId()).isEqualTo(TENANT_A);
        assertThat(rollup.lastSequence()).isEqualTo(portfolio.size() - 1);
    }

    @Test
    void givesTheSameRollupWhetherThePortfolioOrItsProjectsArriveFirstOrInterleaved() {
        deliver(portfolioFirst());
        Document portfolioFirst = shown(rawRollup());

        mongo.reset();
        deliver(projectsFirst());
        Document projectsFirst = shown(rawRollup());

        mongo.reset();
        deliver(interleaved(new Random(SEED)));
        Document interleaved = shown(rawRollup());

        assertThat(projectsFirst).isEqualTo(portfolioFirst);
        assertThat(interleaved).isEqualTo(portfolioFirst);
        assertThat(rollup().rag()).isEqualTo(new RagCounts(1, 2, 1, 1));
    }

    @Test
    void redeliveringEveryEventOutOfOrderChangesNothing() {
        deliver(interleaved(new Random(SEED)));
        Document rollup = rawRollup();
        List<Document> members = members();
        assertThat(members).hasSize(5);

        List<CloudEvent> again = new ArrayList<>(interleaved(new Random(SEED)));
        Collections.shuffle(again, new Random(SEED));
        deliver(again);

        assertThat(rawRollup()).isEqualTo(rollup);
        assertThat(members()).isEqualTo(members);
        assertThat(rollup.get(SourceGuard.SOURCES, Document.class)).containsOnlyKeys(portfolioId, earnedA, earnedB,
                late, plain);
    }

    @Test
    void chargesFundingToTheCandidatesFiscalYearNotTheDecisionsAndOnlyOnce() {
        String outside = newProjectId();
        List<CloudEvent> events = new ArrayList<>(portfolio);
        events.add(PortfolioEventsMother.cloudEvent(funding(TENANT_A, portfolioId, earnedB, "30000.00",
                LocalDate.of(2026, 3, 1)), events.size()));
        events.add(PortfolioEventsMother.cloudEvent(candidate(TENANT_A, portfolioId, outside, 2028), events.size()));
        events.add(PortfolioEventsMother.cloudEvent(funding(TENANT_A, portfolioId, outside, "5000.00",
                LocalDate.of(2027, 6, 1)), events.size()));
        deliver(events);
        deliver(events.subList(events.size() - 3, events.size()));

        PortfolioRollup rollup = rollup();
        assertThat(rollup.fiscalYears()).containsExactly(
                new FiscalYear(2026, eur("500000.00"), eur("150000.00")),
                new FiscalYear(2027, eur("300000.00"), eur("80000.00")),
                new FiscalYear(2028, null, eur("5000.00")));
        assertThat(rollup.projects()).filteredOn(c -> c.projectId().equals(earnedB)).extracting(Candidate::funded)
                .containsExactly(eur("30000.00"));
        assertThat(rollup.projects()).filteredOn(c -> c.projectId().equals(plain)).extracting(Candidate::funded)
                .containsOnlyNulls();
    }

    @Test
    void keepsARejectedCandidateWithoutGate() {
        List<CloudEvent> events = new ArrayList<>(portfolio);
        events.add(PortfolioEventsMother.cloudEvent(new GateDecided(portfolioId, TENANT_A, plain, "gate-1", "idea",
                GateDecision.REJECT, null, "approver-1", "No business case", List.of()), events.size()));
        deliver(events);

        assertThat(rollup().projects()).filteredOn(c -> c.projectId().equals(plain))
                .singleElement().satisfies(candidate -> {
                    assertThat(candidate.rejected()).isTrue();
                    assertThat(candidate.gate()).isNull();
                });
    }

    @Test
    void countsTheRatingsOfNewThresholdsOnceTheDashboardRecomputedThem() {
        deliver(portfolioFirst());
        mongo.template().save(new RagDefinitionVersion(TENANT_A + "|1", TENANT_A, 1, STRICT, T0, "admin"));
        RagThresholdsDefined defined = new RagThresholdsDefined(TENANT_A, TENANT_A, 1, STRICT);

        dashboard.on(defined, T0);
        rollups.on(defined);

        // SPI 0.8889 is below the strict red line of 0.90
        assertThat(rollup().rag()).isEqualTo(new RagCounts(1, 0, 3, 1));
    }

    @Test
    void leavesProjectsInAnotherCurrencyOutOfTheSumsAndNamesThem() {
        List<CloudEvent> usd = PortfolioEventsMother.history(List.of(
                PortfolioEventsMother.created(TENANT_A, portfolioId, "Dollar deals", "USD"),
                candidate(TENANT_A, portfolioId, earnedA, 2026)));
        deliver(projects.get(0));
        deliver(usd);

        assertThat(rollup().evm()).isEqualTo(new EvmTotals("USD", BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, 0, 0, List.of(earnedA), null, null));
    }

    @Test
    void ignoresProjectsOfNoPortfolio() {
        deliver(projects.get(0));

        assertThat(mongo.template().findAll(PortfolioRollup.class)).isEmpty();
        assertThat(members()).isEmpty();
    }

    private List<CloudEvent> portfolioFirst() {
        List<CloudEvent> events = new ArrayList<>(portfolio);
        projects.forEach(events::addAll);
        return events;
    }

    private List<CloudEvent> projectsFirst() {
        List<CloudEvent> events = new ArrayList<>();
        projects.forEach(events::addAll);
        events.addAll(portfolio);
        return events;
    }

    /** Every aggregate's events in order, the aggregates interleaved at random, as two topics would bring them. */
    private List<CloudEvent> interleaved(Random random) {
        List<List<CloudEvent>> streams = new ArrayList<>(projects);
        streams.add(portfolio);
        List<CloudEvent> events = new ArrayList<>();
        int[] next = new int[streams.size()];
        List<Integer> open = new ArrayList<>();
        for (int i = 0; i < streams.size(); i++) {
            open.add(i);
        }
        while (!open.isEmpty()) {
            int pick = open.get(random.nextInt(open.size()));
            events.add(streams.get(pick).get(next[pick]++));
            if (next[pick] == streams.get(pick).size()) {
                open.remove(Integer.valueOf(pick));
            }
        }
        return events;
    }

    /** Hands each event to reporting's handlers in the order {@link ProjectEventsConsumer} declares them. */
    private void deliver(List<CloudEvent> events) {
        for (CloudEvent envelope : events) {
            Object event = PortfolioEventsMother.record(envelope);
            ReceivedEvent<Object> received = ReceivedEvent.of(ProjectEventsMother.GROUP, envelope, event);
            if (event instanceof ProjectEvent project) {
                reports.apply(project, received);
                evm.apply(project, received);
                dashboard.apply(project, received);
                rollups.applyProject(project, received);
            }
            else {
                rollups.apply((PortfolioEvent) event, received);
            }
        }
    }

    private PortfolioRollup rollup() {
        return mongo.template().findById(portfolioId, PortfolioRollup.class);
    }

    private Document rawRollup() {
        return mongo.template().findById(portfolioId, Document.class, PortfolioRollup.COLLECTION);
    }

    /** The document without its bookkeeping: what the API shows. */
    private static Document shown(Document rollup) {
        Document shown = new Document(rollup);
        BOOKKEEPING.forEach(shown::remove);
        return shown;
    }

    private static List<Document> members() {
        return mongo.template().find(new Query().with(Sort.by("_id")), Document.class,
                PortfolioMembership.COLLECTION);
    }
}
