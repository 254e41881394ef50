package io.pmo.project.web;

import org.springframework.stereotype.Component;

import io.pmo.platform.domain.NotFound;
import io.pmo.platform.web.RequestIdentity;
import io.pmo.project.query.ProjectSummaryQueries;

/**
 * The check a read of a project's sub-resources makes first: the project exists for the caller's tenant (in
 * project-service's summary read model), else 404, so a list of an unknown or another tenant's project is never
 * answered with an empty page as if the project were there.
 */
@Component
class KnownProjects {

    private final ProjectSummaryQueries summaries;

    KnownProjects(ProjectSummaryQueries summaries) {
        this.summaries = summaries;
    }

    /** The project id, checked; 404 for a project the caller's tenant does not have. */
    String require(RequestIdentity identity, ProjectId projectId) {
        if (summaries.find(identity.tenantId(), projectId.value()).isEmpty()) {
            throw new NotFound("No project " + projectId);
        }
        return projectId.value();
    }
}
