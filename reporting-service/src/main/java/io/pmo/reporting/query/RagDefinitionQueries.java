package io.pmo.reporting.query;

import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

import io.pmo.platform.query.TenantQueries;

/** A tenant's RAG definition: its current version (the built-in version 0 if it defined none) or any earlier one. */
@Component
public class RagDefinitionQueries {

    private final TenantQueries queries;

    public RagDefinitionQueries(TenantQueries queries) {
        this.queries = queries;
    }

    public RagDefinitionVersion current(String tenantId) {
        // read for every project event the dashboard recomputes: one query, no page count
        return queries.first(tenantId, null, Sort.by(Sort.Direction.DESC, "version"), RagDefinitionVersion.class)
                .orElseGet(() -> RagDefinitionVersion.defaultFor(tenantId));
    }

    public Optional<RagDefinitionVersion> version(String tenantId, long version) {
        if (version == 0) {
            return Optional.of(RagDefinitionVersion.defaultFor(tenantId));
        }
        return queries.findById(tenantId, tenantId + "|" + version, RagDefinitionVersion.class);
    }
}
