package io.pmo.project.query;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import io.pmo.events.project.Rag;

/** A filed status report: the reported RAG per dimension as of a status date, who filed it and when. */
@Document("project_status_reports")
public record ProjectStatusReport(@Id String reportId, String projectId, String tenantId, LocalDate statusDate,
        Rag schedule, Rag cost, Rag scope, Rag risk, String summary, String filedBy, Instant filedAt) {
}
