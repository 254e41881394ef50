package io.pmo.events.project;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/** The project manager's reported status as of {@code statusDate}: a RAG per dimension and a summary. */
@Revision("1")
public record StatusReportFiled(String projectId, String tenantId, String reportId, LocalDate statusDate,
        Rag schedule, Rag cost, Rag scope, Rag risk, String summary) implements ProjectEvent {
}
