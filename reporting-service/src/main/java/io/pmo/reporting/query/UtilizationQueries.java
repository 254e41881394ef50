package io.pmo.reporting.query;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import io.pmo.platform.query.TenantQueries;
import io.pmo.platform.query.TenantQueries.Page;

/**
 * Reads of {@link UtilizationWeek}, always within one tenant. A range {@code [from, to]} selects the weeks that
 * overlap it: those starting from the Monday of {@code from}'s week up to {@code to}.
 */
@Component
public class UtilizationQueries {

    private static final Sort ORDER = Sort.by("weekStart", "resourceId", "_id");

    private final MongoTemplate mongo;

    private final TenantQueries queries;

    public UtilizationQueries(MongoTemplate mongo, TenantQueries queries) {
        this.mongo = mongo;
        this.queries = queries;
    }

    /**
     * The tenant's resource weeks in the range, by week, then resource, so pages are stable.
     * @param overAllocated only over-allocated weeks (true), only the others (false), or all (null)
     */
    public Page<UtilizationWeek> list(String tenantId, LocalDate from, LocalDate to, Boolean overAllocated, int page,
            int size) {
        Criteria criteria = weeks(from, to);
        if (overAllocated != null) {
            criteria = criteria.and("overAllocated").is(overAllocated);
        }
        return queries.page(tenantId, criteria, ORDER, page, size, UtilizationWeek.class);
    }

    /** One resource's weeks in the range, or empty if reporting has no event of it or it is another tenant's. */
    public Optional<ResourceUtilization> resource(String tenantId, String resourceId, LocalDate from, LocalDate to) {
        return queries.findById(tenantId, resourceId, ResourceProfile.class).map(profile -> {
            List<UtilizationWeek> weeks = mongo.find(Query.query(weeks(from, to).and("resourceId").is(resourceId)
                    .and(TenantQueries.TENANT_FIELD).is(tenantId)).with(ORDER), UtilizationWeek.class);
            return new ResourceUtilization(profile.resourceId(), profile.kind(), profile.userId(), profile.label(),
                    profile.role(), from, to, weeks, profile.lastSequence());
        });
    }

    private static Criteria weeks(LocalDate from, LocalDate to) {
        return Criteria.where("weekStart").gte(monday(from)).lte(to);
    }

    static LocalDate monday(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    @EventListener(ApplicationReadyEvent.class)
    public void ensureIndexes() {
        mongo.indexOps(UtilizationWeek.class).createIndex(new Index().named("tenant_week_resource")
                .on("tenantId", Sort.Direction.ASC).on("weekStart", Sort.Direction.ASC)
                .on("resourceId", Sort.Direction.ASC));
        mongo.indexOps(UtilizationWeek.class).createIndex(new Index().named("resource_week")
                .on("resourceId", Sort.Direction.ASC).on("weekStart", Sort.Direction.ASC));
    }
}
