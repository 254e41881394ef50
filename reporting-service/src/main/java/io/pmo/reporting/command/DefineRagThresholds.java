package io.pmo.reporting.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import io.pmo.reporting.rag.RagThresholds;

/** Defines a tenant's RAG thresholds (PMO admins); the first one creates the tenant's definition. */
public record DefineRagThresholds(@TargetAggregateIdentifier String definitionId, String tenantId,
        RagThresholds thresholds, @TargetAggregateVersion Long expectedVersion) {

    /** One definition per tenant, under an id that cannot collide with another aggregate's. */
    public static String definitionIdOf(String tenantId) {
        return "rag-definition:" + tenantId;
    }
}
