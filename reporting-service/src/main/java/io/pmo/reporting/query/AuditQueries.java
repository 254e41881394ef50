package io.pmo.reporting.query;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Reads of the audit trail, always within one tenant and one aggregate. */
@Component
public class AuditQueries {

    private static final Sort ORDER = Sort.by("aggregateSequence", "eventTime", "_id");

    private final MongoTemplate mongo;

    public AuditQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The entries of one aggregate in the order it changed: by its sequence, then by event time. */
    public Page<AuditEntry> forAggregate(String tenantId, String aggregateId, int page, int size) {
        Query query = Query.query(Criteria.where("tenantId").is(tenantId).and("aggregateId").is(aggregateId));
        long total = mongo.count(query, AuditEntry.class);
        return new Page<>(mongo.find(query.with(ORDER).skip((long) page * size).limit(size), AuditEntry.class), page,
                size, total);
    }

    @EventListener(ApplicationReadyEvent.class)
    public void ensureIndexes() {
        mongo.indexOps(AuditEntry.class).createIndex(new Index().named("tenant_aggregate_sequence")
                .on("tenantId", Sort.Direction.ASC).on("aggregateId", Sort.Direction.ASC)
                .on("aggregateSequence", Sort.Direction.ASC).on("eventTime", Sort.Direction.ASC));
    }
}
