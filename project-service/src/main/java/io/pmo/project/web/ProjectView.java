package io.pmo.project.web;

import java.time.Instant;
import java.time.LocalDate;

import io.pmo.events.project.ProjectStatus;
import io.pmo.project.query.ProjectSummary;

/**
 * A project as the API shows it. {@code version} is the ETag a write's If-Match refers to; {@code managerId} the
 * user who manages it (who may write it besides the tenant's PMO admins), null if nobody yet.
 */
record ProjectView(String id, String tenantId, String name, LocalDate plannedStart, LocalDate plannedFinish,
        ProjectStatus status, String managerId, long version, Instant createdAt, Instant updatedAt) {

    static ProjectView of(ProjectSummary summary) {
        return new ProjectView(summary.projectId(), summary.tenantId(), summary.name(), summary.plannedStart(),
                summary.plannedFinish(), summary.status(), summary.managerId(), summary.version(), summary.createdAt(), summary.updatedAt());
    }
}
