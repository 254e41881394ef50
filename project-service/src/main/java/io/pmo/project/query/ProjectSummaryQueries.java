package io.pmo.project.query;

import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

import io.pmo.platform.query.TenantQueries;

/** Reads of {@link ProjectSummary}, always within one tenant. */
@Component
public class ProjectSummaryQueries {

    private static final Sort ORDER = Sort.by("createdAt", "_id");

    private final TenantQueries queries;

    ProjectSummaryQueries(TenantQueries queries) {
        this.queries = queries;
    }

    public Optional<ProjectSummary> find(String tenantId, String projectId) {
        return queries.findById(tenantId, projectId, ProjectSummary.class);
    }

    /** The tenant's projects in the order they were proposed. */
    public TenantQueries.Page<ProjectSummary> list(String tenantId, int page, int size) {
        return queries.page(tenantId, null, ORDER, page, size, ProjectSummary.class);
    }
}
