package io.pmo.portfolio.scoring;

import java.util.List;
import java.util.Optional;

import io.pmo.events.portfolio.ScoringCriterion;

/** One version of a portfolio's scoring model: its criteria, weights summing to 100. */
public record ScoringModel(int version, List<ScoringCriterion> criteria) {

    public ScoringModel {
        criteria = List.copyOf(criteria);
    }

    public Optional<ScoringCriterion> criterion(String key) {
        return criteria.stream().filter(criterion -> criterion.key().equals(key)).findFirst();
    }

    /**
     * Whether a rating given under {@code other} counts under this version: the criterion exists in both with the
     * same scale (a re-weighting keeps every rating; a changed scale asks the scorers again).
     */
    public boolean sharesScale(ScoringModel other, String key) {
        return other != null && criterion(key).flatMap(mine -> other.criterion(key)
                .map(theirs -> theirs.scale().equals(mine.scale()))).orElse(false);
    }
}
