package io.pmo.portfolio.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Weighted shortest job first (SAFe): cost of delay divided by job size, each part on the Fibonacci-like scale
 * {@link #SCALE}, each averaged over the scorers' latest estimates:
 * <pre>
 *   WSJF = (mean businessValue + mean timeCriticality + mean riskReduction) / mean jobSize
 *        = (sum businessValue + sum timeCriticality + sum riskReduction) / sum jobSize
 * </pre>
 * (the scorer counts cancel), rounded half up to two decimals. Example: estimates (8, 5, 3, 5) and (13, 8, 2, 8):
 * (21 + 13 + 5) / 13 = 3.00.
 */
public final class Wsjf {

    /** The points each part may take. */
    public static final List<Integer> SCALE = List.of(1, 2, 3, 5, 8, 13, 20);

    private Wsjf() {
    }

    /** The WSJF of the scorers' latest estimates (one per scorer); empty without any. */
    public static Optional<BigDecimal> of(Collection<WsjfEstimate> latestPerScorer) {
        if (latestPerScorer.isEmpty()) {
            return Optional.empty();
        }
        long costOfDelay = 0;
        long jobSize = 0;
        for (WsjfEstimate estimate : latestPerScorer) {
            costOfDelay += (long) estimate.businessValue() + estimate.timeCriticality() + estimate.riskReduction();
            jobSize += estimate.jobSize();
        }
        return Optional.of(BigDecimal.valueOf(costOfDelay).divide(BigDecimal.valueOf(jobSize), 2, RoundingMode.HALF_UP));
    }

    /** Whether a value is a point of the scale. */
    public static boolean onScale(int points) {
        return SCALE.contains(points);
    }
}
