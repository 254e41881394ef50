package io.pmo.reporting.rag;

import java.util.List;

/**
 * A computed RAG and the definition version that produced it. A dimension is null when it cannot be measured
 * yet (e.g. no planned value before the start), with the reason in {@code notes}; the overall rating is the
 * worst of the measured dimensions (GREEN when none is). {@code risks} is null when the definition does not
 * count risks (see {@link RagThresholds#countsRisks()}): not measured, so it takes no part in the overall rating,
 * and a stored result of such a definition (which has no such field) reads back equal to a new one.
 */
public record ComputedRag(Rag overall, Rag schedule, Rag cost, Rag milestones,
        Rag risks, long definitionVersion, List<String> notes) {

    /** A result of a definition under which risks do not count. */
    public ComputedRag(Rag overall, Rag schedule, Rag cost, Rag milestones, long definitionVersion,
            List<String> notes) {
        this(overall, schedule, cost, milestones, null, definitionVersion, notes);
    }
}
