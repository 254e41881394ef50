package io.pmo.platform.projects;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The projects a service knows from {@code pmo.project.events} ({@link ProjectFacts}): what an aggregate asks
 * before it refers to a project. Eventually consistent: a project created a moment ago may not be known yet (the
 * command is refused as naming an unknown project, and succeeds when retried).
 */
public interface KnownProjects {

    Optional<KnownProject> find(String tenantId, String projectId);

    /** The known projects among these ids (in no particular order). */
    List<KnownProject> findAll(String tenantId, Collection<String> projectIds);
}
