package io.pmo.project.command;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import io.pmo.events.project.ProjectStatus;

/** The commands of the project aggregate. They stay inside project-service. */
public final class ProjectCommands {

    private ProjectCommands() {
    }

    /** {@code managerId} may be null: a project manager who creates a project manages it. */
    public record CreateProject(@TargetAggregateIdentifier String projectId, String tenantId, String name,
            LocalDate plannedStart, LocalDate plannedFinish, String managerId) {
    }

    /** What creating a project answers: its version and who manages it (null if nobody yet). */
    public record ProjectStarted(long version, String managerId) {
    }

    public record AssignProjectManager(@TargetAggregateIdentifier String projectId, String managerId,
            @TargetAggregateVersion Long expectedVersion) {
    }

    public record RenameProject(@TargetAggregateIdentifier String projectId, String name,
            @TargetAggregateVersion Long expectedVersion) {
    }

    public record ChangePlannedDates(@TargetAggregateIdentifier String projectId, LocalDate plannedStart,
            LocalDate plannedFinish, @TargetAggregateVersion Long expectedVersion) {
    }

    public record ChangeProjectStatus(@TargetAggregateIdentifier String projectId, ProjectStatus target,
            String reason, @TargetAggregateVersion Long expectedVersion) {
    }
}
