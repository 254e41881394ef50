package io.pmo.portfolio.command;

import java.util.List;
import java.util.Map;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import io.pmo.events.common.Money;
import io.pmo.events.portfolio.GateDecision;
import io.pmo.events.portfolio.ScenarioEvaluated;
import io.pmo.events.portfolio.ScoringCriterion;
import io.pmo.events.portfolio.StrategicObjective;

/** The commands of the portfolio aggregate. They stay inside portfolio-service. */
public final class PortfolioCommands {

    private PortfolioCommands() {
    }

    public record CreatePortfolio(@TargetAggregateIdentifier String portfolioId, String tenantId, String name,
            String description, String ownerId, String currency) {
    }

    public record ChangePortfolioDetails(@TargetAggregateIdentifier String portfolioId, String name,
            String description, String ownerId, @TargetAggregateVersion Long expectedVersion) {
    }

    public record AddProgram(@TargetAggregateIdentifier String portfolioId, String programId, String name,
            String managerId, @TargetAggregateVersion Long expectedVersion) {
    }

    public record SetBudgetEnvelope(@TargetAggregateIdentifier String portfolioId, int fiscalYear, Money amount,
            @TargetAggregateVersion Long expectedVersion) {
    }

    public record SetStrategicObjectives(@TargetAggregateIdentifier String portfolioId,
            List<StrategicObjective> objectives, @TargetAggregateVersion Long expectedVersion) {
    }

    /** Answers {@link ModelChanged}: the aggregate's version and the model's new version number. */
    public record ChangeScoringModel(@TargetAggregateIdentifier String portfolioId, List<ScoringCriterion> criteria,
            @TargetAggregateVersion Long expectedVersion) {
    }

    public record ModelChanged(long version, int modelVersion) {
    }

    /** {@code programId} and {@code estimatedBenefit} may be null. */
    public record ProposeCandidate(@TargetAggregateIdentifier String portfolioId, String projectId, String programId,
            int fiscalYear, Money estimatedCost, Money estimatedBenefit, @TargetAggregateVersion Long expectedVersion) {
    }

    public record ReviseEstimates(@TargetAggregateIdentifier String portfolioId, String projectId,
            Money estimatedCost, Money estimatedBenefit, @TargetAggregateVersion Long expectedVersion) {
    }

    /** {@code modelVersion}: the version the scorer rated under, which must be the current one. */
    public record ScoreCandidate(@TargetAggregateIdentifier String portfolioId, String projectId, int modelVersion,
            Map<String, Integer> ratings, @TargetAggregateVersion Long expectedVersion) {
    }

    public record EstimateWsjf(@TargetAggregateIdentifier String portfolioId, String projectId, int businessValue,
            int timeCriticality, int riskReduction, int jobSize, @TargetAggregateVersion Long expectedVersion) {
    }

    /**
     * A stage gate decision. Passing into the funding gate funds the candidate: {@code amount} (null: its estimated
     * cost) charged to its fiscal year's envelope; beyond the envelope only with an {@code overrideReason}.
     * {@code fundingDecision}: the caller asked to fund (a funding decision), so an approval that would not fund
     * is refused rather than taken as a plain gate pass.
     */
    public record DecideGate(@TargetAggregateIdentifier String portfolioId, String projectId, String decisionId,
            GateDecision decision, String reason, List<String> criteriaMet, Money amount, String overrideReason,
            boolean fundingDecision, @TargetAggregateVersion Long expectedVersion) {
    }

    /** The budget levels of the efficient frontier: {@code points} levels from {@code from} to {@code to}. */
    public record FrontierRange(Money from, Money to, int points) {
    }

    /** {@code frontier} may be null: then 20 levels from nothing to the cost of every eligible candidate. */
    public record EvaluateScenario(@TargetAggregateIdentifier String portfolioId, String scenarioId, String name,
            Money budget, List<String> mustInclude, List<String> mustExclude, FrontierRange frontier,
            @TargetAggregateVersion Long expectedVersion) {
    }

    /** What evaluating a scenario answers: the scenario as saved and the portfolio's new version. */
    public record ScenarioSaved(ScenarioEvaluated scenario, long version) {
    }

    public record ApproveScenario(@TargetAggregateIdentifier String portfolioId, String scenarioId,
            String overrideReason, @TargetAggregateVersion Long expectedVersion) {
    }
}
