package io.pmo.project.query;

import java.util.Optional;

import org.springframework.stereotype.Component;

import io.pmo.platform.query.TenantQueries;

/** Reads of {@link ProjectPlan}, always within one tenant. */
@Component
public class ProjectPlanQueries {

    private final TenantQueries queries;

    ProjectPlanQueries(TenantQueries queries) {
        this.queries = queries;
    }

    public Optional<ProjectPlan> find(String tenantId, String projectId) {
        return queries.findById(tenantId, projectId, ProjectPlan.class);
    }
}
