package io.pmo.portfolio.query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The projects portfolio-service knows from {@code pmo.project.events} (project-service mints project ids): what
 * the portfolio aggregate asks before a project becomes a candidate. Eventually consistent: a project created a
 * moment ago may not be known yet (the proposal is then refused as unknown, and succeeds when retried).
 */
public interface KnownProjects {

    Optional<KnownProject> find(String tenantId, String projectId);

    /** The known projects among these ids (in no particular order). */
    List<KnownProject> findAll(String tenantId, Collection<String> projectIds);
}
