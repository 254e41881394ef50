package io.pmo.events.portfolio;

import java.util.List;

/**
 * A criterion of a scoring model.
 *
 * @param key how ratings name it: {@code [a-z][a-zA-Z0-9_]{0,63}}, unique within the model
 * @param weight whole percentage points; a model's criteria weigh 100 together
 * @param scale the points a scorer may give, strictly ascending, 0..100 (e.g. 1, 2, 3, 5, 8, 13, 20)
 * @param objectiveId the strategic objective the criterion measures; null when it measures none
 */
public record ScoringCriterion(String key, String name, int weight, List<Integer> scale, String objectiveId) {

    public ScoringCriterion {
        scale = scale == null ? List.of() : List.copyOf(scale);
    }
}
