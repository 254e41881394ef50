package io.pmo.risk.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * A tenant's risk matrix: five probability and five impact levels (1 the least, 5 the most), their names as the
 * tenant calls them, the probability each probability level stands for, and the score bands.
 * <ul>
 *   <li><b>Score</b> = probability level x impact level, 1 to 25 (inherent before responses, residual after).</li>
 *   <li><b>Band</b>: the highest band whose lower bound the score reaches: LOW from 1, MEDIUM from
 *   {@code mediumFrom}, HIGH from {@code highFrom}, CRITICAL from {@code criticalFrom} (ascending, within 2..25).
 *   The default bounds 5, 10 and 17 band the 5 x 5 matrix as 1-4 LOW, 5-9 MEDIUM, 10-16 HIGH, 17-25 CRITICAL.</li>
 *   <li><b>EMV</b> (expected monetary value) = the probability level's percentage x the cost impact, rounded half up
 *   to the currency's minor units: 30 % of 125,000.00 EUR is 37,500.00 EUR. Default percentages 10, 30, 50, 70,
 *   90.</li>
 * </ul>
 *
 * @param probabilityNames the five names of the probability levels, level 1 first
 * @param impactNames the five names of the impact levels, level 1 first
 * @param probabilityPercents the percentage each probability level stands for, ascending, each 0 < p < 100
 */
public record RiskMatrix(List<String> probabilityNames, List<String> impactNames,
        List<BigDecimal> probabilityPercents, int mediumFrom, int highFrom, int criticalFrom) {

    /** The number of levels on each axis. */
    public static final int LEVELS = 5;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static final RiskMatrix DEFAULT = new RiskMatrix(
            List.of("Rare", "Unlikely", "Possible", "Likely", "Almost certain"),
            List.of("Negligible", "Minor", "Moderate", "Major", "Severe"),
            List.of(BigDecimal.valueOf(10), BigDecimal.valueOf(30), BigDecimal.valueOf(50), BigDecimal.valueOf(70),
                    BigDecimal.valueOf(90)), 5, 10, 17);

    /** @throws IllegalArgumentException naming what is wrong (the settings check names the field first) */
    public RiskMatrix {
        probabilityNames = List.copyOf(probabilityNames);
        impactNames = List.copyOf(impactNames);
        probabilityPercents = List.copyOf(probabilityPercents);
        if (probabilityNames.size() != LEVELS || impactNames.size() != LEVELS
                || probabilityPercents.size() != LEVELS) {
            throw new IllegalArgumentException("A matrix has five levels on each axis");
        }
        BigDecimal previous = BigDecimal.ZERO;
        for (BigDecimal percent : probabilityPercents) {
            if (percent.compareTo(previous) <= 0 || percent.compareTo(HUNDRED) >= 0) {
                throw new IllegalArgumentException("Probability percentages ascend strictly within (0, 100)");
            }
            previous = percent;
        }
        if (!(2 <= mediumFrom && mediumFrom < highFrom && highFrom < criticalFrom && criticalFrom <= 25)) {
            throw new IllegalArgumentException("Band bounds ascend strictly within 2..25");
        }
    }

    /** Probability x impact, 1..25. */
    public static int score(int probability, int impact) {
        requireLevel(probability, "probability");
        requireLevel(impact, "impact");
        return probability * impact;
    }

    /** The band of a score. */
    public Band band(int score) {
        if (score < 1 || score > LEVELS * LEVELS) {
            throw new IllegalArgumentException("A score is 1 to 25; got " + score);
        }
        if (score >= criticalFrom) {
            return Band.CRITICAL;
        }
        if (score >= highFrom) {
            return Band.HIGH;
        }
        return score >= mediumFrom ? Band.MEDIUM : Band.LOW;
    }

    /** The probability a level stands for, in percent. */
    public BigDecimal percent(int probability) {
        requireLevel(probability, "probability");
        return probabilityPercents.get(probability - 1);
    }

    /** Expected monetary value of a cost impact at a probability level, in the impact's currency's minor units. */
    public BigDecimal emv(int probability, BigDecimal costImpact, String currency) {
        Objects.requireNonNull(costImpact, "costImpact");
        int digits = Currency.getInstance(currency).getDefaultFractionDigits();
        return costImpact.multiply(percent(probability)).divide(HUNDRED, Math.max(digits, 0), RoundingMode.HALF_UP);
    }

    private static void requireLevel(int level, String axis) {
        if (level < 1 || level > LEVELS) {
            throw new IllegalArgumentException("A " + axis + " level is 1 to 5; got " + level);
        }
    }
}
