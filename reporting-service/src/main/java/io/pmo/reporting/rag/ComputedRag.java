package io.pmo.reporting.rag;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A computed RAG and the definition version that produced it. A dimension is null when it cannot be measured
 * yet (e.g. no planned value before the start), with the reason in {@code notes}; the overall rating is the
 * worst of the measured dimensions (GREEN when none is). {@code risks} is null, and left out of the JSON, when
 * the definition does not count risks (see {@link RagThresholds#countsRisks()}), so a result of such a
 * definition reads as it did before risks could count.
 */
public record ComputedRag(Rag overall, Rag schedule, Rag cost, Rag milestones,
        @JsonInclude(JsonInclude.Include.NON_NULL) Rag risks, long definitionVersion, List<String> notes) {

    /** A result of a definition under which risks do not count. */
    public ComputedRag(Rag overall, Rag schedule, Rag cost, Rag milestones, long definitionVersion,
            List<String> notes) {
        this(overall, schedule, cost, milestones, null, definitionVersion, notes);
    }
}
