package io.pmo.project.query;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import io.pmo.events.project.ProjectStatus;

/**
 * project-service's own summary of a project, for its API's reads. {@code version} is the sequence of the
 * last applied event of the project (the aggregate version, the API's ETag).
 */
@Document("project_summaries")
public record ProjectSummary(@Id String projectId, String tenantId, String name, LocalDate plannedStart,
        LocalDate plannedFinish, ProjectStatus status, String managerId, long version, Instant createdAt,
        Instant updatedAt, String lastEventId) implements ProjectDocuments.Versioned<ProjectSummary> {

    ProjectSummary withName(String newName) {
        return new ProjectSummary(projectId, tenantId, newName, plannedStart, plannedFinish, status, managerId, version,
                createdAt, updatedAt, lastEventId);
    }

    ProjectSummary withPlannedDates(LocalDate start, LocalDate finish) {
        return new ProjectSummary(projectId, tenantId, name, start, finish, status, managerId, version, createdAt,
                updatedAt, lastEventId);
    }

    ProjectSummary withStatus(ProjectStatus newStatus) {
        return new ProjectSummary(projectId, tenantId, name, plannedStart, plannedFinish, newStatus, managerId,
                version, createdAt, updatedAt, lastEventId);
    }

    ProjectSummary withManager(String newManagerId) {
        return new ProjectSummary(projectId, tenantId, name, plannedStart, plannedFinish, status, newManagerId,
                version, createdAt, updatedAt, lastEventId);
    }

    /** Records which event built the document last. */
    @Override
    public ProjectSummary appliedEvent(long sequence, Instant at, String eventId) {
        return new ProjectSummary(projectId, tenantId, name, plannedStart, plannedFinish, status, managerId, sequence,
                createdAt, at, eventId);
    }
}
