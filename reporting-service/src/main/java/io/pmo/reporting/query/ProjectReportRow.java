package io.pmo.reporting.query;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import io.pmo.events.project.ProjectStatus;

/**
 * A project as reports show it. {@code lastSequence} is the sequence of the project's last applied event
 * (its version, the API's ETag); {@code lastEventId}, {@code lastEventAt} and {@code correlationId} say which
 * event built the row last, {@code updatedAt} when reporting applied it. {@code managerId} is the user who manages
 * the project (null while nobody does).
 */
@Document(ProjectReportRow.COLLECTION)
public record ProjectReportRow(@Id String projectId, String tenantId, String name, LocalDate plannedStart,
        LocalDate plannedFinish, ProjectStatus status, String managerId, long lastSequence, String lastEventId, Instant lastEventAt,
        Instant updatedAt, String correlationId) {

    public static final String COLLECTION = "report_projects";
}
