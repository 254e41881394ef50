package io.pmo.portfolio.query;

import java.math.BigDecimal;

import io.pmo.events.common.Money;

/**
 * A candidate in a ranking: its place (1 for the best), weighted score under the model version ranked by (null
 * when unscored under it) and WSJF (null without estimates).
 */
public record RankedCandidate(int rank, String projectId, String projectName, String programId, String gate,
        boolean rejected, boolean funded, Money estimatedCost, Money estimatedBenefit, BigDecimal score,
        BigDecimal wsjf) {
}
