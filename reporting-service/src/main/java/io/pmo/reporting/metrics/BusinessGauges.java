package io.pmo.reporting.metrics;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.pmo.platform.metrics.GaugeQuery;
import io.pmo.platform.metrics.GaugeQuery.Row;
import io.pmo.reporting.query.PortfolioRollup;
import io.pmo.reporting.query.ProjectReportRow;
import io.pmo.reporting.query.RiskReport;
import io.pmo.reporting.query.UtilizationWeek;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The PMO's business figures as gauges per tenant, counted in reporting's read models (the only place that sees
 * every context): projects by status, portfolio funding and actual cost (their ratio is the budget consumed),
 * open risks by band, and resources over-allocated in the coming weeks. The platform refreshes them on a schedule
 * and bounds the tenant tag ({@code pmo.metrics.*}). MongoDB does the counting ({@code $group} with {@code $sum}),
 * so a refresh reads one document per series. The money sums read only the fields they add up and add them here:
 * amounts are stored as decimal strings, which {@code $sum} skips, and the Mongo-wire server of the dev stack has no
 * {@code $toDecimal} to turn them into numbers first.
 */
@Configuration(proxyBeanMethods = false)
class BusinessGauges {

    @Bean
    GaugeQuery projectsByStatus(MongoTemplate mongo) {
        return GaugeQuery.of("pmo.projects", "Projects per tenant and status", () -> count(mongo,
                ProjectReportRow.COLLECTION, List.of(),
                new Document("tenant", "$tenantId").append("status", "$status")));
    }

    @Bean
    GaugeQuery portfolioFunding(MongoTemplate mongo) {
        return GaugeQuery.of("pmo.portfolio.budget.funded", "Funding approved over all fiscal years of a tenant's "
                + "portfolios, per currency", () -> portfolioRows(mongo, BusinessGauges::funded));
    }

    @Bean
    GaugeQuery portfolioActualCost(MongoTemplate mongo) {
        return GaugeQuery.of("pmo.portfolio.actual.cost", "Actual cost (EVM AC) of a tenant's portfolios' projects, "
                + "per currency; divided by pmo_portfolio_budget_funded it is the budget consumed",
                () -> portfolioRows(mongo, BusinessGauges::actualCost));
    }

    @Bean
    GaugeQuery openRisksByBand(MongoTemplate mongo) {
        return GaugeQuery.of("pmo.risks.open", "Open risks per tenant and band (UNASSESSED before a first assessment)",
                () -> count(mongo, RiskReport.COLLECTION,
                        List.of(new Document("$match", new Document("status", RiskReport.Status.OPEN.name()))),
                        new Document("tenant", "$tenantId").append("band",
                                new Document("$ifNull", List.of("$assessment.band", "UNASSESSED")))));
    }

    @Bean
    GaugeQuery overAllocatedResources(MongoTemplate mongo, Clock clock,
            @Value("${pmo.metrics.over-allocation-weeks:4}") int weeks) {
        if (weeks < 1 || weeks > 52) {
            throw new IllegalArgumentException("pmo.metrics.over-allocation-weeks must be 1..52, was " + weeks);
        }
        return GaugeQuery.of("pmo.resources.over.allocated", "Resources over-allocated in at least one week from "
                + "this week on, over pmo.metrics.over-allocation-weeks weeks", () -> {
                    LocalDate monday = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                    Document coming = new Document("$gte", mongo.getConverter().convertToMongoType(monday))
                            .append("$lt", mongo.getConverter().convertToMongoType(monday.plusWeeks(weeks)));
                    return count(mongo, UtilizationWeek.COLLECTION, List.of(
                            new Document("$match", new Document("overAllocated", true).append("weekStart", coming)),
                            new Document("$group", new Document("_id", new Document("tenant", "$tenantId")
                                    .append("resource", "$resourceId")))),
                            new Document("tenant", "$_id.tenant"));
                });
    }

    /**
     * Counts in MongoDB, after some stages ($match...), the documents per the values the tag expressions give
     * ({@code $group} on them with {@code $sum}): one document per series comes back, not every document counted.
     */
    private static List<Row> count(MongoTemplate mongo, String collection, List<Document> stages, Document tags) {
        List<Document> pipeline = new ArrayList<>(stages);
        pipeline.add(new Document("$group", new Document("_id", tags).append("count", new Document("$sum", 1))));
        List<Row> rows = new ArrayList<>();
        for (Document group : mongo.getCollection(collection).aggregate(pipeline)) {
            Document id = group.get("_id", Document.class);
            List<String> keyValues = new ArrayList<>();
            for (String tag : tags.keySet()) {
                keyValues.add(tag);
                keyValues.add(tag.equals("tenant") ? id.getString(tag) : String.valueOf(id.get(tag)));
            }
            rows.add(Row.of(group.get("count", Number.class).doubleValue(), keyValues.toArray(String[]::new)));
        }
        return rows;
    }

    private static List<Row> portfolioRows(MongoTemplate mongo, Function<Document, Map<String, BigDecimal>> amounts) {
        Query query = new Query();
        query.fields().include("tenantId", "fiscalYears", "evm");
        Map<List<String>, BigDecimal> sums = new HashMap<>();
        for (Document rollup : mongo.find(query, Document.class, PortfolioRollup.COLLECTION)) {
            amounts.apply(rollup).forEach((currency, amount) -> sums.merge(List.of(tenant(rollup), currency),
                    amount, BigDecimal::add));
        }
        List<Row> rows = new ArrayList<>();
        sums.forEach((key, sum) -> rows.add(Row.of(sum.doubleValue(), "tenant", key.get(0), "currency", key.get(1))));
        return rows;
    }

    private static Map<String, BigDecimal> actualCost(Document rollup) {
        Document evm = rollup.get("evm", Document.class);
        if (evm == null || evm.get("ac") == null || evm.getString("currency") == null) {
            return Map.of();
        }
        return Map.of(evm.getString("currency"), decimal(evm.get("ac")));
    }

    private static Map<String, BigDecimal> funded(Document rollup) {
        Map<String, BigDecimal> funded = new HashMap<>();
        for (Document year : rollup.getList("fiscalYears", Document.class, List.of())) {
            Document money = year.get("funded", Document.class);
            if (money != null && money.get("amount") != null && money.getString("currency") != null) {
                funded.merge(money.getString("currency"), decimal(money.get("amount")), BigDecimal::add);
            }
        }
        return funded;
    }

    /** Spring Data writes a BigDecimal as a string, or as Decimal128 when so configured. */
    private static BigDecimal decimal(Object value) {
        return value instanceof Decimal128 decimal ? decimal.bigDecimalValue() : new BigDecimal(value.toString());
    }

    private static String tenant(Document document) {
        return document.getString("tenantId");
    }
}
