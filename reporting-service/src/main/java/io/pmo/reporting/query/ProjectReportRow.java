package io.pmo.reporting.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import com.fasterxml.jackson.annotation.JsonIgnore;

import io.pmo.events.project.ProjectStatus;

/**
 * A project as reports show it. {@code lastSequence} is the sequence of the project's last applied event
 * (its version, the API's ETag); {@code lastEventId}, {@code lastEventAt} and {@code correlationId} say which
 * event built the row last, {@code updatedAt} when reporting applied it; {@code managerId} is the user who manages
 * the project (null while nobody does). {@code sources} is the last applied
 * sequence per source aggregate ({@code SourceGuard}); today the project is the row's only source, so it holds
 * {@code lastSequence} under the project id, and it is bookkeeping, not part of the API.
 */
@Document(ProjectReportRow.COLLECTION)
public record ProjectReportRow(@Id String projectId, String tenantId, String name, LocalDate plannedStart,
        LocalDate plannedFinish, ProjectStatus status, String managerId, long lastSequence, String lastEventId, Instant lastEventAt,
        Instant updatedAt, String correlationId, @JsonIgnore Map<String, Long> sources) {

    public static final String COLLECTION = "report_projects";
}
