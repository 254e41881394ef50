package io.pmo.reporting.query;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import io.pmo.reporting.rag.ComputedRag;

/**
 * One computation of a project's computed RAG, kept for good: which project version ({@code projectSequence})
 * and which RAG definition version ({@code rag.definitionVersion()}) produced which ratings from which inputs.
 * {@code _id} is {@code <project>|<projectSequence>|v<definitionVersion>}: the same inputs and definition always
 * give the same document, so a redelivered event or a replayed definition finds it there and adds none (it is
 * written once, with {@code BatchedInserts}: in a consumer batch, with the batch's other results in one insert).
 * {@code computedAt} is the time of the event that caused the computation (a project event or the definition),
 * not the wall clock, for the same reason.
 *
 * <p>Under a definition that counts risks, the open HIGH/CRITICAL risks are an input too: {@code highRisks} holds
 * their count and the id ends with {@code |r<n>}, {@code n} being the version of the project's risk heat map the
 * count was taken from, so a change of the risks alone adds a result. Under any other definition
 * {@code highRisks} is null and the id is as it always was.
 */
@Document(RagResult.COLLECTION)
public record RagResult(@Id String id, String tenantId, String projectId, long projectSequence, EvmSnapshot evm,
        int missedMilestones, Integer highRisks, ComputedRag rag,
        Instant computedAt) {

    public static final String COLLECTION = "report_rag_results";

    static String id(String projectId, long projectSequence, long definitionVersion) {
        return projectId + "|" + projectSequence + "|v" + definitionVersion;
    }

    static String id(String projectId, long projectSequence, long definitionVersion, long risksVersion) {
        return id(projectId, projectSequence, definitionVersion) + "|r" + risksVersion;
    }
}
