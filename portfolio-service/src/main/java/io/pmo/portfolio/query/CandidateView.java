package io.pmo.portfolio.query;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import io.pmo.events.common.Money;
import io.pmo.events.portfolio.GateDecision;

/**
 * A candidate of a portfolio: its estimates, where it stands in the stage gates, its funding, every scorer's
 * latest ratings per model version and WSJF estimate, and the history of gate decisions. Keyed by project id: a
 * project is a candidate of at most one portfolio.
 *
 * @param ratings the latest rating per scorer, model version and criterion, in the order first given
 * @param wsjf the latest estimate per scorer
 */
@Document("portfolio_candidates")
public record CandidateView(@Id String projectId, String portfolioId, String tenantId, String programId,
        int fiscalYear, Money estimatedCost, Money estimatedBenefit, String gate, boolean rejected,
        Funding funding, List<Rating> ratings, List<Wsjf> wsjf, List<Decision> decisions,
        Instant proposedAt, long version) {

    /** What a funding decision approved. */
    public record Funding(String decisionId, Money amount, java.time.LocalDate decidedOn, boolean overridden) {
    }

    /** One scorer's rating of one criterion under one model version. */
    public record Rating(String scorerId, int modelVersion, String criterion, int points) {
    }

    /** One scorer's WSJF estimate. */
    public record Wsjf(String scorerId, int businessValue, int timeCriticality, int riskReduction, int jobSize) {
    }

    /** A stage gate decision, as it was taken. */
    public record Decision(String decisionId, String fromGate, GateDecision decision, String toGate,
            String approverId, String reason, List<String> criteriaMet, Instant at) {
    }
}
