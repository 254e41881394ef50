package io.pmo.project.query;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

import io.pmo.platform.query.TenantQueries;

/** Reads of a project's progress and cost facts and its status reports, within one tenant. */
@Component
public class ProjectTrackingQueries {

    private final TenantQueries queries;

    ProjectTrackingQueries(TenantQueries queries) {
        this.queries = queries;
    }

    /** Facts of one kind, by effective date then record time; optionally of one task. */
    public TenantQueries.Page<ProjectFact> facts(String tenantId, String projectId, ProjectFact.Kind kind,
            String taskId, int page, int size) {
        Criteria criteria = Criteria.where("projectId").is(projectId).and("kind").is(kind);
        if (taskId != null) {
            criteria = criteria.and("taskId").is(taskId);
        }
        return queries.page(tenantId, criteria, Sort.by("values.effectiveDate", "recordedAt", "_id"), page, size,
                ProjectFact.class);
    }

    /** Status reports, newest status date first. */
    public TenantQueries.Page<ProjectStatusReport> statusReports(String tenantId, String projectId, int page,
            int size) {
        return queries.page(tenantId, Criteria.where("projectId").is(projectId),
                Sort.by(Sort.Order.desc("statusDate"), Sort.Order.desc("filedAt"), Sort.Order.asc("_id")), page, size,
                ProjectStatusReport.class);
    }
}
