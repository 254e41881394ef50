package io.pmo.resource.command;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import io.pmo.events.common.Money;
import io.pmo.events.resource.AbsenceKind;
import io.pmo.events.resource.PartTimePeriod;
import io.pmo.events.resource.ResourceKind;
import io.pmo.events.resource.Skill;

/** The commands of the resource aggregate. They stay inside resource-service. */
public final class ResourceCommands {

    private ResourceCommands() {
    }

    /** A person ({@code userId}) or a placeholder ({@code label}); the availability dates may be null. */
    public record RegisterResource(@TargetAggregateIdentifier String resourceId, String tenantId, ResourceKind kind,
            String userId, String label, String role, BigDecimal hoursPerDay, Money costRate, LocalDate availableFrom,
            LocalDate availableUntil) {
    }

    public record ChangeResourceProfile(@TargetAggregateIdentifier String resourceId, String role,
            BigDecimal hoursPerDay, Money costRate, LocalDate availableFrom, LocalDate availableUntil,
            @TargetAggregateVersion Long expectedVersion) {
    }

    public record SetSkills(@TargetAggregateIdentifier String resourceId, List<Skill> skills,
            @TargetAggregateVersion Long expectedVersion) {
    }

    public record SetPartTime(@TargetAggregateIdentifier String resourceId, List<PartTimePeriod> periods,
            @TargetAggregateVersion Long expectedVersion) {
    }

    public record RecordAbsence(@TargetAggregateIdentifier String resourceId, String absenceId, LocalDate from,
            LocalDate to, AbsenceKind kind, @TargetAggregateVersion Long expectedVersion) {
    }

    public record CancelAbsence(@TargetAggregateIdentifier String resourceId, String absenceId,
            @TargetAggregateVersion Long expectedVersion) {
    }

    /** Exactly one of {@code hoursPerWeek} and {@code percent}. */
    public record RequestAllocation(@TargetAggregateIdentifier String resourceId, String allocationId,
            String projectId, LocalDate from, LocalDate to, BigDecimal hoursPerWeek, BigDecimal percent,
            @TargetAggregateVersion Long expectedVersion) {
    }

    public record ConfirmAllocation(@TargetAggregateIdentifier String resourceId, String allocationId,
            @TargetAggregateVersion Long expectedVersion) {
    }

    /** What a confirmation answers: the new version, and the weeks it over-allocates (the tenant warns). */
    public record Confirmed(long version, List<io.pmo.events.resource.OverloadedWeek> overAllocated) {
    }

    public record RejectAllocation(@TargetAggregateIdentifier String resourceId, String allocationId, String reason,
            @TargetAggregateVersion Long expectedVersion) {
    }

    /** {@code releasedFrom} null: from today. */
    public record ReleaseAllocation(@TargetAggregateIdentifier String resourceId, String allocationId,
            LocalDate releasedFrom, String reason, @TargetAggregateVersion Long expectedVersion) {
    }

    /** The reaction to a project completed or cancelled: its allocations on this resource end today. */
    public record ReleaseProjectAllocations(@TargetAggregateIdentifier String resourceId, String projectId,
            String reason) {
    }

    /** The reaction to a project put on hold: its allocations on this resource load nothing meanwhile. */
    public record SuspendProjectAllocations(@TargetAggregateIdentifier String resourceId, String projectId,
            String reason) {
    }

    /** The reaction to a project active again: its suspended allocations on this resource load again. */
    public record ResumeProjectAllocations(@TargetAggregateIdentifier String resourceId, String projectId) {
    }
}
