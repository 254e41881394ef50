package io.pmo.portfolio.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

import io.pmo.events.portfolio.ScoringCriterion;

/**
 * A candidate's weighted score under a scoring model version, 0.0 to 100.0 with one decimal:
 * <pre>
 *   score = sum over the model's criteria c of  weight(c) * mean(c) / max(scale(c))
 * </pre>
 * where {@code mean(c)} is the mean of each scorer's latest rating of {@code c} that counts under the version (given
 * under a version whose criterion {@code c} has the same scale: {@link ScoringModel#sharesScale}), and the weights
 * are whole percentages summing to 100. The exact sum is rounded half up to one decimal once, at the end. A
 * candidate without a rating of some criterion has no score under that version.
 *
 * <p>Example: criteria A (weight 60, scale 1..20) and B (40, scale 1..5); scorer 1 gives A 13 and B 4, scorer 2
 * gives A 8 and B 5: 60 * 10.5 / 20 + 40 * 4.5 / 5 = 31.5 + 36 = 67.5.
 */
public final class WeightedScores {

    private static final MathContext EXACT_ENOUGH = MathContext.DECIMAL128;

    private WeightedScores() {
    }

    /**
     * @param versions every version of the model by number (null for an unknown one)
     * @param history the candidate's ratings in the order they were given
     */
    public static Optional<BigDecimal> score(ScoringModel model, IntFunction<ScoringModel> versions,
            List<Rating> history) {
        BigDecimal total = BigDecimal.ZERO;
        for (ScoringCriterion criterion : model.criteria()) {
            Map<String, Integer> latest = new LinkedHashMap<>();
            for (Rating rating : history) {
                if (rating.criterion().equals(criterion.key())
                        && model.sharesScale(versions.apply(rating.modelVersion()), criterion.key())) {
                    latest.put(rating.scorerId(), rating.points());
                }
            }
            if (latest.isEmpty()) {
                return Optional.empty();
            }
            long sum = latest.values().stream().mapToLong(Integer::longValue).sum();
            int max = criterion.scale().get(criterion.scale().size() - 1);
            BigDecimal weighted = BigDecimal.valueOf((long) criterion.weight() * sum)
                    .divide(BigDecimal.valueOf((long) latest.size() * max), EXACT_ENOUGH);
            total = total.add(weighted);
        }
        return Optional.of(total.setScale(1, RoundingMode.HALF_UP));
    }

    /** A score as the selection's integer value: tenths of a point, 0..1000. */
    public static int tenths(BigDecimal score) {
        return score.movePointRight(1).intValueExact();
    }
}
