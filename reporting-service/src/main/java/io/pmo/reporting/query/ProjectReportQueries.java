package io.pmo.reporting.query;

import java.util.Optional;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Reads of {@link ProjectReportRow}, always within one tenant. */
@Component
public class ProjectReportQueries {

    private static final Sort ORDER = Sort.by("name", "_id");

    private final MongoTemplate mongo;

    public ProjectReportQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The row, or empty if there is none or it belongs to another tenant. */
    public Optional<ProjectReportRow> find(String tenantId, String projectId) {
        return Optional.ofNullable(mongo.findOne(
                Query.query(Criteria.where("_id").is(projectId).and("tenantId").is(tenantId)), ProjectReportRow.class));
    }

    /** The tenant's rows by name, ties broken by id, so pages are stable. */
    public Page<ProjectReportRow> list(String tenantId, int page, int size) {
        Query query = Query.query(Criteria.where("tenantId").is(tenantId));
        long total = mongo.count(query, ProjectReportRow.class);
        return new Page<>(mongo.find(query.with(ORDER).skip((long) page * size).limit(size), ProjectReportRow.class),
                page, size, total);
    }

    @EventListener(ApplicationReadyEvent.class)
    public void ensureIndexes() {
        mongo.indexOps(ProjectReportRow.class).createIndex(new Index().named("tenant_name")
                .on("tenantId", Sort.Direction.ASC).on("name", Sort.Direction.ASC));
    }
}
