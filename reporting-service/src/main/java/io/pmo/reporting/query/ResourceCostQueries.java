package io.pmo.reporting.query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import io.pmo.events.common.Money;
import io.pmo.platform.query.TenantQueries;
import io.pmo.reporting.query.ProjectResourceCosts.Week;

/** Reads of {@link ResourceCostWeek}, always within one tenant. */
@Component
public class ResourceCostQueries {

    private final MongoTemplate mongo;

    private final TenantQueries queries;

    public ResourceCostQueries(MongoTemplate mongo, TenantQueries queries) {
        this.mongo = mongo;
        this.queries = queries;
    }

    /**
     * The project's resource cost in the weeks overlapping {@code [from, to]}; empty if the tenant has neither a
     * report row nor an allocation of the project (unknown, or another tenant's).
     */
    public Optional<ProjectResourceCosts> project(String tenantId, String projectId, LocalDate from, LocalDate to) {
        boolean known = queries.findById(tenantId, projectId, ProjectReportRow.class).isPresent()
                || mongo.exists(Query.query(Criteria.where("projectId").is(projectId)
                        .and(TenantQueries.TENANT_FIELD).is(tenantId)), AllocationCost.class);
        if (!known) {
            return Optional.empty();
        }
        List<ResourceCostWeek> stored = mongo.find(Query.query(Criteria.where("projectId").is(projectId)
                .and(TenantQueries.TENANT_FIELD).is(tenantId).and("weekStart").gte(UtilizationQueries.monday(from))
                .lte(to)).with(Sort.by("weekStart", "_id")), ResourceCostWeek.class);
        List<Week> weeks = new ArrayList<>();
        Map<String, BigDecimal> totals = new TreeMap<>();
        for (ResourceCostWeek week : stored) {
            if (week.allocations().isEmpty()) {
                continue;
            }
            week.costs().forEach(cost -> totals.merge(cost.currency(), cost.amount(), BigDecimal::add));
            weeks.add(new Week(week.weekStart(), week.hours(), week.costs(), week.allocations().size()));
        }
        return Optional.of(new ProjectResourceCosts(projectId, from, to, weeks, money(totals)));
    }

    private static List<Money> money(Map<String, BigDecimal> byCurrency) {
        return byCurrency.entrySet().stream().map(entry -> new Money(entry.getValue(), entry.getKey())).toList();
    }

    @EventListener(ApplicationReadyEvent.class)
    public void ensureIndexes() {
        mongo.indexOps(ResourceCostWeek.class).createIndex(new Index().named("tenant_project_week")
                .on("tenantId", Sort.Direction.ASC).on("projectId", Sort.Direction.ASC)
                .on("weekStart", Sort.Direction.ASC));
        mongo.indexOps(AllocationCost.class).createIndex(new Index().named("tenant_project")
                .on("tenantId", Sort.Direction.ASC).on("projectId", Sort.Direction.ASC));
    }
}
