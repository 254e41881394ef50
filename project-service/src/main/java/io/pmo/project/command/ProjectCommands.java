package io.pmo.project.command;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import io.pmo.events.common.Money;
import io.pmo.events.project.CalendarDay;
import io.pmo.events.project.Checkpoint;
import io.pmo.events.project.EarnedValueMethod;
import io.pmo.events.project.Methodology;
import io.pmo.events.project.ProjectStatus;
import io.pmo.events.project.Rag;
import io.pmo.events.project.TaskDependency;

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

    public record SetProjectDetails(@TargetAggregateIdentifier String projectId, String sponsorId,
            String businessUnit, Methodology methodology, String currency, @TargetAggregateVersion Long expectedVersion) {
    }

    /** Adds a task under {@code parentTaskId} (null: top level); the web layer mints {@code taskId}. */
    public record AddTask(@TargetAggregateIdentifier String projectId, String taskId, TaskPlan plan,
            @TargetAggregateVersion Long expectedVersion) {
    }

    public record ChangeTaskPlan(@TargetAggregateIdentifier String projectId, String taskId, TaskPlan plan,
            @TargetAggregateVersion Long expectedVersion) {
    }

    public record SetTaskDependencies(@TargetAggregateIdentifier String projectId, String taskId,
            List<TaskDependency> predecessors, @TargetAggregateVersion Long expectedVersion) {
    }

    public record RemoveTask(@TargetAggregateIdentifier String projectId, String taskId,
            @TargetAggregateVersion Long expectedVersion) {
    }

    /** Sets (or, with null, clears) a milestone's target date. */
    public record SetMilestoneTarget(@TargetAggregateIdentifier String projectId, String taskId, LocalDate targetDate,
            @TargetAggregateVersion Long expectedVersion) {
    }

    /**
     * Internal, a reaction to portfolio-service's {@code FundingApproved}: a PROPOSED project becomes APPROVED;
     * a project already past that is left as it is.
     */
    public record ApproveFundedProject(@TargetAggregateIdentifier String projectId, String portfolioId,
            String decisionId) {
    }

    /** Internal: records every milestone whose target date lies before {@code today} unreached as missed. */
    public record DetectMissedMilestones(@TargetAggregateIdentifier String projectId, LocalDate today) {
    }

    /** Freezes the plan; {@code performance} also makes it the performance baseline (always for the first). */
    public record SaveBaseline(@TargetAggregateIdentifier String projectId, String baselineId, String name,
            boolean performance, @TargetAggregateVersion Long expectedVersion) {
    }

    public record DesignatePerformanceBaseline(@TargetAggregateIdentifier String projectId, String baselineId,
            @TargetAggregateVersion Long expectedVersion) {
    }

    /** What a progress fact says; the same for reporting and for correcting one. */
    public record Progress(LocalDate effectiveDate, BigDecimal percentComplete, LocalDate actualStart,
            LocalDate actualFinish, List<String> checkpointsDone) {

        public Progress {
            checkpointsDone = checkpointsDone == null ? List.of() : List.copyOf(checkpointsDone);
        }
    }

    public record ReportProgress(@TargetAggregateIdentifier String projectId, String taskId, String factId,
            Progress progress, @TargetAggregateVersion Long expectedVersion) {
    }

    public record CorrectProgress(@TargetAggregateIdentifier String projectId, String factId, String correctsFactId,
            Progress progress, String reason, @TargetAggregateVersion Long expectedVersion) {
    }

    public record RecordActualCost(@TargetAggregateIdentifier String projectId, String taskId, String factId,
            LocalDate effectiveDate, Money amount, @TargetAggregateVersion Long expectedVersion) {
    }

    public record CorrectActualCost(@TargetAggregateIdentifier String projectId, String factId, String correctsFactId,
            LocalDate effectiveDate, Money amount, String reason, @TargetAggregateVersion Long expectedVersion) {
    }

    public record FileStatusReport(@TargetAggregateIdentifier String projectId, String reportId, LocalDate statusDate,
            Rag schedule, Rag cost, Rag scope, Rag risk, String summary, @TargetAggregateVersion Long expectedVersion) {
    }

    /** What a task's plan says; the same for adding and for changing a task. */
    public record TaskPlan(String parentTaskId, String name, int durationDays, Money plannedCost,
            EarnedValueMethod earnedValueMethod, List<Checkpoint> checkpoints) {

        public TaskPlan {
            checkpoints = checkpoints == null ? List.of() : List.copyOf(checkpoints);
        }
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

    /** Replaces the project's own calendar exceptions (on top of the tenant's enterprise calendar). */
    public record SetProjectCalendar(@TargetAggregateIdentifier String projectId, List<CalendarDay> exceptions,
            @TargetAggregateVersion Long expectedVersion) {

        public SetProjectCalendar {
            exceptions = exceptions == null ? List.of() : List.copyOf(exceptions);
        }
    }

    /**
     * Replaces the project's custom field values: key -> value as the client sent it (a JSON string, number or
     * other), checked and made canonical against the tenant's definitions; a null value is no value.
     */
    public record SetCustomFieldValues(@TargetAggregateIdentifier String projectId, Map<String, Object> values,
            @TargetAggregateVersion Long expectedVersion) {

        public SetCustomFieldValues {
            values = values == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }
    }
}
