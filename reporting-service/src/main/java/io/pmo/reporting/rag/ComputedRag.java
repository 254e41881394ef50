package io.pmo.reporting.rag;

import java.util.List;

/**
 * A computed RAG and the definition version that produced it. A dimension is null when it cannot be measured
 * yet (e.g. no planned value before the start), with the reason in {@code notes}; the overall rating is the
 * worst of the measured dimensions (GREEN when none is).
 */
public record ComputedRag(Rag overall, Rag schedule, Rag cost, Rag milestones, long definitionVersion,
        List<String> notes) {
}
