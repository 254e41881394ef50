package io.pmo.project.command;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import io.pmo.events.project.ProjectStatus;

/** The commands of the project aggregate. They stay inside project-service. */
public final class ProjectCommands {

    private ProjectCommands() {
    }

    public record CreateProject(@TargetAggregateIdentifier String projectId, String tenantId, String name,
            LocalDate plannedStart, LocalDate plannedFinish) {
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
