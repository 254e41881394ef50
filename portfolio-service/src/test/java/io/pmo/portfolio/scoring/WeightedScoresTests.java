package io.pmo.portfolio.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.pmo.events.portfolio.ScoringCriterion;

/** Weighted scores against tables computed by hand (the formula is in {@link WeightedScores}). */
class WeightedScoresTests {

    private static final List<Integer> FIBONACCI = List.of(1, 2, 3, 5, 8, 13, 20);

    private static final List<Integer> ONE_TO_FIVE = List.of(1, 2, 3, 4, 5);

    private static final ScoringModel V1 = new ScoringModel(1, List.of(
            new ScoringCriterion("value", "Value", 60, FIBONACCI, null),
            new ScoringCriterion("risk", "Risk", 40, ONE_TO_FIVE, null)));

    private static final Map<Integer, ScoringModel> VERSIONS = Map.of(1, V1);

    @Test
    void meansEachCriterionOverItsScorersAndWeighsItByItsScalesTop() {
        // value: (13 + 8) / 2 = 10.5 of 20 -> 60 * 0.525 = 31.5; risk: (4 + 5) / 2 = 4.5 of 5 -> 40 * 0.9 = 36
        List<Rating> ratings = List.of(new Rating("ann", 1, "value", 13), new Rating("ann", 1, "risk", 4),
                new Rating("bob", 1, "value", 8), new Rating("bob", 1, "risk", 5));

        assertThat(WeightedScores.score(V1, VERSIONS::get, ratings)).contains(new BigDecimal("67.5"));
    }

    @Test
    void roundsHalfUpToOneDecimalOnceAtTheEnd() {
        // value: 5 of 20 -> 60 * 0.25 = 15; risk: (1 + 2 + 2) / 3 = 5/3 of 5 -> 40/3 = 13.333.. -> 28.333.. -> 28.3
        List<Rating> ratings = List.of(new Rating("ann", 1, "value", 5), new Rating("ann", 1, "risk", 1),
                new Rating("bob", 1, "risk", 2), new Rating("cy", 1, "risk", 2));

        assertThat(WeightedScores.score(V1, VERSIONS::get, ratings)).contains(new BigDecimal("28.3"));
    }

    @Test
    void aScorersLaterRatingReplacesTheirEarlierOne() {
        List<Rating> ratings = List.of(new Rating("ann", 1, "value", 1), new Rating("ann", 1, "risk", 1),
                new Rating("ann", 1, "value", 20), new Rating("ann", 1, "risk", 5));

        assertThat(WeightedScores.score(V1, VERSIONS::get, ratings)).contains(new BigDecimal("100.0"));
    }

    @Test
    void aCriterionWithoutRatingsLeavesTheCandidateUnscored() {
        assertThat(WeightedScores.score(V1, VERSIONS::get, List.of(new Rating("ann", 1, "value", 13)))).isEmpty();
    }

    @Test
    void aReweightedModelReusesRatingsOfUnchangedScalesAndAsksAgainWhereTheScaleChanged() {
        ScoringModel reweighted = new ScoringModel(2, List.of(
                new ScoringCriterion("value", "Value", 20, FIBONACCI, null),
                new ScoringCriterion("risk", "Risk", 80, ONE_TO_FIVE, null)));
        ScoringModel rescaled = new ScoringModel(3, List.of(
                new ScoringCriterion("value", "Value", 60, List.of(1, 2, 3), null),
                new ScoringCriterion("risk", "Risk", 40, ONE_TO_FIVE, null)));
        Map<Integer, ScoringModel> versions = Map.of(1, V1, 2, reweighted, 3, rescaled);
        List<Rating> underV1 = List.of(new Rating("ann", 1, "value", 13), new Rating("ann", 1, "risk", 4));

        // v2: 20 * 13/20 + 80 * 4/5 = 13 + 64 = 77.0; v1 still 60 * 13/20 + 40 * 4/5 = 39 + 32 = 71.0
        assertThat(WeightedScores.score(reweighted, versions::get, underV1)).contains(new BigDecimal("77.0"));
        assertThat(WeightedScores.score(V1, versions::get, underV1)).contains(new BigDecimal("71.0"));
        assertThat(WeightedScores.score(rescaled, versions::get, underV1)).isEmpty();
    }

    @Test
    void aScoreIsTheSelectionsValueInTenths() {
        assertThat(WeightedScores.tenths(new BigDecimal("67.5"))).isEqualTo(675);
        assertThat(WeightedScores.tenths(new BigDecimal("100.0"))).isEqualTo(1000);
    }
}
