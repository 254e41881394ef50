package io.pmo.portfolio.scoring;

/** One scorer's WSJF estimate of a candidate, each part a point of {@link Wsjf#SCALE}. */
public record WsjfEstimate(String scorerId, int businessValue, int timeCriticality, int riskReduction, int jobSize) {
}
