package io.pmo.risk.command;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import io.pmo.events.common.Money;
import io.pmo.events.risk.AssessmentKind;
import io.pmo.events.risk.ResponseStrategy;
import io.pmo.events.risk.RiskKind;
import io.pmo.events.risk.Severity;

/** The commands of the risk, issue and decision aggregates. They stay inside risk-service. */
public final class RiskCommands {

    private RiskCommands() {
    }

    /** Exactly one of {@code projectId} and {@code portfolioId}; {@code ownerId} null: the caller owns it. */
    public record RaiseRisk(@TargetAggregateIdentifier String riskId, String tenantId, String projectId,
            String portfolioId, RiskKind kind, String title, String description, String category, String cause,
            String effect, String ownerId, LocalDate proximity) {
    }

    public record ChangeRiskDetails(@TargetAggregateIdentifier String riskId, String title, String description,
            String category, String cause, String effect, LocalDate proximity,
            @TargetAggregateVersion Long expectedVersion) {
    }

    public record AssignRiskOwner(@TargetAggregateIdentifier String riskId, String ownerId,
            @TargetAggregateVersion Long expectedVersion) {
    }

    /** {@code costImpact} may be null. */
    public record AssessRisk(@TargetAggregateIdentifier String riskId, String assessmentId, AssessmentKind kind,
            int probability, int impact, Money costImpact, String note, @TargetAggregateVersion Long expectedVersion) {
    }

    public record PlanResponse(@TargetAggregateIdentifier String riskId, ResponseStrategy strategy,
            String description, @TargetAggregateVersion Long expectedVersion) {
    }

    public record AddMitigationAction(@TargetAggregateIdentifier String riskId, String actionId, String title,
            String ownerId, LocalDate dueDate, @TargetAggregateVersion Long expectedVersion) {
    }

    /** Routed to the action by {@code actionId}. */
    public record CompleteMitigationAction(@TargetAggregateIdentifier String riskId, String actionId,
            @TargetAggregateVersion Long expectedVersion) {
    }

    public record RecordOccurrence(@TargetAggregateIdentifier String riskId, String issueId, String description,
            Severity severity, @TargetAggregateVersion Long expectedVersion) {
    }

    public record CloseRisk(@TargetAggregateIdentifier String riskId, String reason,
            @TargetAggregateVersion Long expectedVersion) {
    }

    /** The reaction to the risk's project completed or cancelled. */
    public record CloseProjectRisk(@TargetAggregateIdentifier String riskId, String reason) {
    }

    /** Exactly one of {@code projectId} and {@code portfolioId}; {@code ownerId} null: the caller. */
    public record RaiseIssue(@TargetAggregateIdentifier String issueId, String tenantId, String projectId,
            String portfolioId, String title, String description, Severity severity, String ownerId) {
    }

    public record ResolveIssue(@TargetAggregateIdentifier String issueId, String resolution,
            @TargetAggregateVersion Long expectedVersion) {
    }

    /** A decision of the log, linked to risks and issues of the same project or portfolio. */
    public record RecordDecision(@TargetAggregateIdentifier String decisionId, String tenantId, String projectId,
            String portfolioId, String title, String decision, String rationale, java.util.List<String> riskIds,
            java.util.List<String> issueIds) {
    }
}
