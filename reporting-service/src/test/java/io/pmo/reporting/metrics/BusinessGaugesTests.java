package io.pmo.reporting.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.micrometer.core.instrument.Tags;
import io.pmo.events.common.Money;
import io.pmo.events.project.ProjectStatus;
import io.pmo.events.risk.Band;
import io.pmo.platform.metrics.GaugeQuery;
import io.pmo.platform.metrics.GaugeQuery.Row;
import io.pmo.reporting.TestMongo;
import io.pmo.reporting.query.PortfolioRollup;
import io.pmo.reporting.query.ProjectReportRow;
import io.pmo.reporting.query.RiskReport;
import io.pmo.reporting.query.UtilizationWeek;

/**
 * The business gauges counted in reporting's read models on the MongoDB-wire server, from documents saved as the
 * projections save them.
 */
class BusinessGaugesTests {

    /** A Wednesday: the week of the gauges starts on Monday 2027-03-01. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-03-03T10:00:00Z"), ZoneOffset.UTC);

    @RegisterExtension
    static final TestMongo mongo = new TestMongo();

    private final BusinessGauges gauges = new BusinessGauges();

    @Test
    void countsProjectsPerTenantAndStatus() {
        project("acme", ProjectStatus.PROPOSED);
        project("acme", ProjectStatus.PROPOSED);
        project("acme", ProjectStatus.ACTIVE);
        project("globex", ProjectStatus.PROPOSED);

        assertThat(rows(gauges.projectsByStatus(mongo.template()))).containsOnly(
                Map.entry(Tags.of("tenant", "acme", "status", "PROPOSED"), 2.0),
                Map.entry(Tags.of("tenant", "acme", "status", "ACTIVE"), 1.0),
                Map.entry(Tags.of("tenant", "globex", "status", "PROPOSED"), 1.0));
    }

    @Test
    void sumsFundingOverFiscalYearsAndActualCostPerTenantAndCurrency() {
        portfolio("acme", "EUR", List.of(year(2027, "100.00"), year(2028, "50.50")), "30.25");
        portfolio("acme", "EUR", List.of(year(2027, "10.00")), "5.00");
        portfolio("acme", "USD", List.of(year(2027, "7.00")), null);

        assertThat(rows(gauges.portfolioFunding(mongo.template()))).containsOnly(
                Map.entry(Tags.of("tenant", "acme", "currency", "EUR"), 160.5),
                Map.entry(Tags.of("tenant", "acme", "currency", "USD"), 7.0));
        assertThat(rows(gauges.portfolioActualCost(mongo.template()))).containsOnly(
                Map.entry(Tags.of("tenant", "acme", "currency", "EUR"), 35.25));
    }

    @Test
    void countsOnlyOpenRisksPerBandWithUnassessedOnesApart() {
        risk("acme", RiskReport.Status.OPEN, Band.HIGH);
        risk("acme", RiskReport.Status.OPEN, Band.HIGH);
        risk("acme", RiskReport.Status.OPEN, null);
        risk("acme", RiskReport.Status.CLOSED, Band.CRITICAL);
        risk("acme", RiskReport.Status.OCCURRED, Band.HIGH);

        assertThat(rows(gauges.openRisksByBand(mongo.template()))).containsOnly(
                Map.entry(Tags.of("tenant", "acme", "band", "HIGH"), 2.0),
                Map.entry(Tags.of("tenant", "acme", "band", "UNASSESSED"), 1.0));
    }

    @Test
    void countsEachOverAllocatedResourceOnceWithinTheComingWeeksOnly() {
        LocalDate thisWeek = LocalDate.of(2027, 3, 1);
        week("acme", "r1", thisWeek, true);
        week("acme", "r1", thisWeek.plusWeeks(1), true);
        week("acme", "r2", thisWeek.plusWeeks(3), true);
        week("acme", "r3", thisWeek.plusWeeks(4), true);
        week("acme", "r4", thisWeek.minusWeeks(1), true);
        week("acme", "r5", thisWeek, false);

        assertThat(rows(gauges.overAllocatedResources(mongo.template(), CLOCK, 4)))
                .containsOnly(Map.entry(Tags.of("tenant", "acme"), 2.0));
    }

    private static Map<Tags, Double> rows(GaugeQuery query) {
        return query.rows().stream().collect(java.util.stream.Collectors.toMap(Row::tags, Row::value));
    }

    private static void project(String tenant, ProjectStatus status) {
        mongo.template().save(new ProjectReportRow(java.util.UUID.randomUUID().toString(), tenant, "P", null, null,
                status, null, 1, null, null, null, null, null, null, null, null, null, null, null));
    }

    private static PortfolioRollup.FiscalYear year(int fiscalYear, String funded) {
        return new PortfolioRollup.FiscalYear(fiscalYear, Money.of("1000.00", "EUR"), Money.of(funded, "EUR"));
    }

    private static void portfolio(String tenant, String currency, List<PortfolioRollup.FiscalYear> years, String ac) {
        List<PortfolioRollup.FiscalYear> inCurrency = years.stream().map(year -> new PortfolioRollup.FiscalYear(
                year.fiscalYear(), year.envelope(), Money.of(year.funded().amount().toPlainString(), currency)))
                .toList();
        PortfolioRollup.EvmTotals evm = ac == null ? null : new PortfolioRollup.EvmTotals(currency,
                BigDecimal.TEN, BigDecimal.ONE, BigDecimal.ONE, new BigDecimal(ac), 1, 0, List.of(), null, null);
        mongo.template().save(new PortfolioRollup(java.util.UUID.randomUUID().toString(), tenant, "F", null, null,
                currency, inCurrency, List.of(), evm, null, 3, null, null, null, null, null, 7));
    }

    private static void risk(String tenant, RiskReport.Status status, Band band) {
        RiskReport.Assessment assessment = band == null ? null
                : new RiskReport.Assessment("a", null, 4, 4, 16, band, null);
        mongo.template().save(new RiskReport(java.util.UUID.randomUUID().toString(), tenant, "p", null, status,
                assessment, 2, null, null, null));
    }

    private static void week(String tenant, String resourceId, LocalDate weekStart, boolean overAllocated) {
        mongo.template().save(new UtilizationWeek(UtilizationWeek.idOf(resourceId, weekStart), tenant, resourceId,
                weekStart, BigDecimal.TEN, BigDecimal.TEN, BigDecimal.ZERO, BigDecimal.ONE, overAllocated, null, null,
                null, null, 1, null, null, 1, null));
    }
}
