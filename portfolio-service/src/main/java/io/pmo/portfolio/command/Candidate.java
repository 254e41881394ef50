package io.pmo.portfolio.command;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.pmo.events.common.Money;
import io.pmo.events.portfolio.CandidateEstimated;
import io.pmo.events.portfolio.CandidateProposed;
import io.pmo.events.portfolio.CandidateScored;
import io.pmo.events.portfolio.GateDecided;
import io.pmo.events.portfolio.GateDecision;
import io.pmo.events.portfolio.WsjfEstimated;
import io.pmo.platform.domain.StateConflict;
import io.pmo.portfolio.scoring.Rating;
import io.pmo.portfolio.scoring.ScoringModel;
import io.pmo.portfolio.scoring.WeightedScores;
import io.pmo.portfolio.scoring.Wsjf;
import io.pmo.portfolio.scoring.WsjfEstimate;

/**
 * A project as a candidate of the portfolio: its estimates, the stage gate it is at, whether it was rejected or
 * funded, and every rating and WSJF estimate its scorers gave.
 */
final class Candidate {

    private final String projectId;

    private final String programId;

    private final int fiscalYear;

    private Money estimatedCost;

    private Money estimatedBenefit;

    private String gate;

    private boolean rejected;

    private boolean funded;

    private final List<Rating> ratings = new ArrayList<>();

    private final Map<String, WsjfEstimate> wsjf = new LinkedHashMap<>();

    Candidate(CandidateProposed event) {
        this.projectId = event.projectId();
        this.programId = event.programId();
        this.fiscalYear = event.fiscalYear();
        this.estimatedCost = event.estimatedCost();
        this.estimatedBenefit = event.estimatedBenefit();
        this.gate = event.gate();
    }

    String projectId() {
        return projectId;
    }

    String programId() {
        return programId;
    }

    int fiscalYear() {
        return fiscalYear;
    }

    Money estimatedCost() {
        return estimatedCost;
    }

    Money estimatedBenefit() {
        return estimatedBenefit;
    }

    String gate() {
        return gate;
    }

    boolean funded() {
        return funded;
    }

    boolean rejected() {
        return rejected;
    }

    /** A rejected candidate takes no more decisions, scores or estimates. */
    void requireOpen(String action) {
        if (rejected) {
            throw StateConflict.inState("Candidate " + projectId + " was rejected: no one may " + action + " it",
                    "REJECTED");
        }
    }

    /** Whether the selection may pick it: open, not funded yet. */
    boolean selectable() {
        return !rejected && !funded;
    }

    /** Its weighted score under a model version; empty when some criterion has no rating that counts. */
    Optional<BigDecimal> score(ScoringModel model, java.util.function.IntFunction<ScoringModel> versions) {
        return WeightedScores.score(model, versions, ratings);
    }

    Optional<BigDecimal> wsjf() {
        return Wsjf.of(wsjf.values());
    }

    boolean sameEstimates(Money cost, Money benefit) {
        return estimatedCost.equals(cost) && java.util.Objects.equals(estimatedBenefit, benefit);
    }

    void on(CandidateEstimated event) {
        estimatedCost = event.estimatedCost();
        estimatedBenefit = event.estimatedBenefit();
    }

    void on(CandidateScored event) {
        event.ratings().forEach((criterion, points) -> ratings.add(new Rating(event.scorerId(), event.modelVersion(),
                criterion, points)));
    }

    void on(WsjfEstimated event) {
        wsjf.put(event.scorerId(), new WsjfEstimate(event.scorerId(), event.businessValue(), event.timeCriticality(),
                event.riskReduction(), event.jobSize()));
    }

    void on(GateDecided event) {
        gate = event.toGate();
        rejected = event.decision() == GateDecision.REJECT;
    }

    void markFunded() {
        funded = true;
    }

    /** By value, so that two candidates built from the same events are equal (the fixture's replay check). */
    @Override
    public boolean equals(Object other) {
        return other instanceof Candidate that && projectId.equals(that.projectId)
                && java.util.Objects.equals(programId, that.programId) && fiscalYear == that.fiscalYear
                && estimatedCost.equals(that.estimatedCost)
                && java.util.Objects.equals(estimatedBenefit, that.estimatedBenefit)
                && java.util.Objects.equals(gate, that.gate) && rejected == that.rejected && funded == that.funded
                && ratings.equals(that.ratings) && wsjf.equals(that.wsjf);
    }

    @Override
    public int hashCode() {
        return projectId.hashCode();
    }
}
