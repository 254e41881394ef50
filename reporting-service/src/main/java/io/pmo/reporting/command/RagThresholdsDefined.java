package io.pmo.reporting.command;

import org.axonframework.serialization.Revision;

import io.pmo.reporting.rag.RagThresholds;

/**
 * A tenant defined new RAG thresholds: version {@code version} of its definition (version 0 is the built-in
 * default). Kept in reporting-service's own event store; not published.
 */
@Revision("1")
public record RagThresholdsDefined(String definitionId, String tenantId, long version, RagThresholds thresholds) {
}
