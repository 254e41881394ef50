package io.pmo.reporting.query;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import io.pmo.reporting.rag.RagThresholds;

/**
 * One version of a tenant's RAG definition, kept for good: a computed result names its version, and this is
 * where a reader looks up what that version said. {@code _id} is {@code <tenant>|<version>}.
 */
@Document(RagDefinitionVersion.COLLECTION)
public record RagDefinitionVersion(@Id String id, String tenantId, long version, RagThresholds thresholds,
        Instant definedAt, String definedBy) {

    public static final String COLLECTION = "reporting_rag_definitions";

    /** What a tenant that never defined its own uses: the built-in version 0. */
    public static RagDefinitionVersion defaultFor(String tenantId) {
        return new RagDefinitionVersion(tenantId + "|0", tenantId, 0, RagThresholds.DEFAULT, null, null);
    }
}
