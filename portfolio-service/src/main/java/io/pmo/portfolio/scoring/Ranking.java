package io.pmo.portfolio.scoring;

import java.math.BigDecimal;
import java.util.Comparator;

/**
 * The order candidates are ranked in, and the order the selection takes them in (its tie rule refers to it):
 * weighted score descending (unscored last), then estimated cost ascending, then project id ascending. By WSJF:
 * WSJF descending (none last), then weighted score descending, then project id ascending.
 */
public final class Ranking {

    /** What ranking needs of a candidate. {@code score} and {@code wsjf} may be null. */
    public record Ranked(String projectId, BigDecimal score, BigDecimal wsjf, BigDecimal estimatedCost) {
    }

    public static final Comparator<Ranked> BY_WEIGHTED_SCORE = Comparator
            .comparing(Ranked::score, Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
            .thenComparing(Ranked::estimatedCost, Comparator.nullsLast(Comparator.<BigDecimal>naturalOrder()))
            .thenComparing(Ranked::projectId);

    public static final Comparator<Ranked> BY_WSJF = Comparator
            .comparing(Ranked::wsjf, Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
            .thenComparing(Ranked::score, Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
            .thenComparing(Ranked::projectId);

    private Ranking() {
    }
}
