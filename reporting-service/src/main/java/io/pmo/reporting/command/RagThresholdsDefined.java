package io.pmo.reporting.command;

import org.axonframework.serialization.Revision;

import io.pmo.reporting.rag.RagThresholds;

/**
 * A tenant defined new RAG thresholds: version {@code version} of its definition (version 0 is the built-in
 * default). Kept in reporting-service's own event store; not published.
 *
 * <p>Still revision 1 although {@link RagThresholds} gained {@code highRisksAmberFrom} and
 * {@code highRisksRedFrom}: the change only adds optional fields, a stored payload without them reads as both
 * null (Jackson's default for an absent property), and null means what those payloads meant, risks do not count.
 * An upcaster would have nothing to change; a new revision is for a shape an old payload no longer reads into.
 */
@Revision("1")
public record RagThresholdsDefined(String definitionId, String tenantId, long version, RagThresholds thresholds) {
}
