package io.pmo.reporting.query;

import java.util.Optional;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

import io.pmo.platform.query.TenantQueries.Page;
import io.pmo.platform.query.TenantQueries;

/** Reads of {@link ProjectReportRow}, always within one tenant. */
@Component
public class ProjectReportQueries {

    private static final Sort ORDER = Sort.by("name", "_id");

    private final MongoTemplate mongo;

    private final TenantQueries queries;

    public ProjectReportQueries(MongoTemplate mongo, TenantQueries queries) {
        this.mongo = mongo;
        this.queries = queries;
    }

    /** The row, or empty if there is none or it belongs to another tenant. */
    public Optional<ProjectReportRow> find(String tenantId, String projectId) {
        return queries.findById(tenantId, projectId, ProjectReportRow.class);
    }

    /** The tenant's rows by name, ties broken by id, so pages are stable. */
    public Page<ProjectReportRow> list(String tenantId, int page, int size) {
        return queries.page(tenantId, null, ORDER, page, size, ProjectReportRow.class);
    }

    @EventListener(ApplicationReadyEvent.class)
    public void ensureIndexes() {
        mongo.indexOps(ProjectReportRow.class).createIndex(new Index().named("tenant_name")
                .on("tenantId", Sort.Direction.ASC).on("name", Sort.Direction.ASC));
    }
}
