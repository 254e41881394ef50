package io.pmo.reporting.query;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

import io.pmo.platform.query.TenantQueries.Page;
import io.pmo.platform.query.TenantQueries;

/** Reads of the audit trail, always within one tenant and one aggregate. */
@Component
public class AuditQueries {

    private static final Sort ORDER = Sort.by("aggregateSequence", "eventTime", "_id");

    private final MongoTemplate mongo;

    private final TenantQueries queries;

    public AuditQueries(MongoTemplate mongo, TenantQueries queries) {
        this.mongo = mongo;
        this.queries = queries;
    }

    /** The entries of one aggregate in the order it changed: by its sequence, then by event time. */
    public Page<AuditEntry> forAggregate(String tenantId, String aggregateId, int page, int size) {
        return queries.page(tenantId, Criteria.where("aggregateId").is(aggregateId), ORDER, page, size,
                AuditEntry.class);
    }

    @EventListener(ApplicationReadyEvent.class)
    public void ensureIndexes() {
        mongo.indexOps(AuditEntry.class).createIndex(new Index().named("tenant_aggregate_sequence")
                .on("tenantId", Sort.Direction.ASC).on("aggregateId", Sort.Direction.ASC)
                .on("aggregateSequence", Sort.Direction.ASC).on("eventTime", Sort.Direction.ASC));
    }
}
