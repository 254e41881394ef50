package io.pmo.reporting.query;

import java.util.Optional;

import org.springframework.stereotype.Component;

import io.pmo.platform.query.TenantQueries;

/** Reads of {@link EvmInputs}, always within one tenant. */
@Component
public class EvmInputsQueries {

    private final TenantQueries queries;

    public EvmInputsQueries(TenantQueries queries) {
        this.queries = queries;
    }

    /** The project's inputs, or empty if there are none or they belong to another tenant. */
    public Optional<EvmInputs> find(String tenantId, String projectId) {
        return queries.findById(tenantId, projectId, EvmInputs.class);
    }
}
