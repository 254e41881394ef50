package io.pmo.portfolio.query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import io.pmo.platform.query.TenantQueries;

/** {@link KnownProjects} on the read model the project-events consumer keeps. */
@Component
class KnownProjectQueries implements KnownProjects {

    private final TenantQueries queries;

    KnownProjectQueries(TenantQueries queries) {
        this.queries = queries;
    }

    @Override
    public Optional<KnownProject> find(String tenantId, String projectId) {
        return queries.findById(tenantId, projectId, KnownProject.class);
    }

    @Override
    public List<KnownProject> findAll(String tenantId, Collection<String> projectIds) {
        return queries.findByKeys(tenantId, "_id", projectIds, KnownProject.class);
    }
}
