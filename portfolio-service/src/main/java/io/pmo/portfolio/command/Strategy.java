package io.pmo.portfolio.command;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

import io.pmo.events.portfolio.ScoringCriterion;
import io.pmo.events.portfolio.ScoringModelChanged;
import io.pmo.events.portfolio.StrategicObjective;
import io.pmo.events.portfolio.StrategicObjectivesSet;
import io.pmo.platform.domain.RuleViolated;
import io.pmo.platform.domain.StateConflict;
import io.pmo.portfolio.scoring.ScoringModel;

/**
 * The portfolio's strategy: its objectives (weights summing to 100) and every version of its scoring model
 * (criteria weighing 100 together, each on a scale of points, optionally measuring an objective).
 */
final class Strategy {

    static final int MAX_OBJECTIVES = 50;

    static final int MAX_CRITERIA = 30;

    static final int MAX_SCALE_POINTS = 20;

    private static final Pattern KEY = Pattern.compile("[a-z][a-zA-Z0-9_]{0,63}");

    private List<StrategicObjective> objectives = List.of();

    private final Map<Integer, ScoringModel> models = new TreeMap<>();

    /** The objectives as given, checked: unique ids, names, whole weights 1..100 summing to 100. */
    static List<StrategicObjective> checkObjectives(List<StrategicObjective> objectives) {
        if (objectives.size() > MAX_OBJECTIVES) {
            throw new RuleViolated("At most " + MAX_OBJECTIVES + " objectives", "objectives",
                    "must hold at most " + MAX_OBJECTIVES);
        }
        Set<String> ids = new HashSet<>();
        int total = 0;
        for (int i = 0; i < objectives.size(); i++) {
            StrategicObjective objective = objectives.get(i);
            if (!ids.add(objective.objectiveId())) {
                throw new RuleViolated("Objective ids are unique", "objectives[" + i + "].objectiveId",
                        "repeats an objective");
            }
            if (objective.weight() < 1 || objective.weight() > 100) {
                throw new RuleViolated("An objective weighs 1 to 100", "objectives[" + i + "].weight",
                        "must be between 1 and 100");
            }
            total += objective.weight();
        }
        if (!objectives.isEmpty() && total != 100) {
            throw new RuleViolated("The objectives' weights sum to " + total + ", not 100", "objectives",
                    "weights must sum to 100");
        }
        return List.copyOf(objectives);
    }

    /**
     * The criteria of a new model version, checked: 1 to 30, unique keys, weights 1..100 summing to 100, scales of
     * 2 to 20 strictly ascending points within 0..100, and objectives that the portfolio has.
     */
    List<ScoringCriterion> checkModel(List<ScoringCriterion> criteria) {
        if (criteria.isEmpty() || criteria.size() > MAX_CRITERIA) {
            throw new RuleViolated("A scoring model has 1 to " + MAX_CRITERIA + " criteria", "criteria",
                    "must hold 1 to " + MAX_CRITERIA + " criteria");
        }
        Set<String> keys = new HashSet<>();
        Set<String> objectiveIds = new HashSet<>();
        objectives.forEach(objective -> objectiveIds.add(objective.objectiveId()));
        int total = 0;
        for (int i = 0; i < criteria.size(); i++) {
            ScoringCriterion criterion = criteria.get(i);
            String at = "criteria[" + i + "]";
            if (!KEY.matcher(criterion.key()).matches() || !keys.add(criterion.key())) {
                throw new RuleViolated("Criterion keys are unique and match [a-z][a-zA-Z0-9_]{0,63}", at + ".key",
                        "must be a unique key matching [a-z][a-zA-Z0-9_]{0,63}");
            }
            if (criterion.weight() < 1 || criterion.weight() > 100) {
                throw new RuleViolated("A criterion weighs 1 to 100", at + ".weight", "must be between 1 and 100");
            }
            checkScale(criterion.scale(), at + ".scale");
            if (criterion.objectiveId() != null && !objectiveIds.contains(criterion.objectiveId())) {
                throw new RuleViolated("No objective " + criterion.objectiveId() + " in the portfolio",
                        at + ".objectiveId", "must name an objective of the portfolio");
            }
            total += criterion.weight();
        }
        if (total != 100) {
            throw new RuleViolated("The criteria's weights sum to " + total + ", not 100", "criteria",
                    "weights must sum to 100");
        }
        return List.copyOf(criteria);
    }

    private static void checkScale(List<Integer> scale, String field) {
        if (scale.size() < 2 || scale.size() > MAX_SCALE_POINTS) {
            throw new RuleViolated("A scale has 2 to " + MAX_SCALE_POINTS + " points", field,
                    "must hold 2 to " + MAX_SCALE_POINTS + " points");
        }
        int previous = -1;
        for (Integer point : scale) {
            if (point == null || point <= previous || point > 100) {
                throw new RuleViolated("A scale's points ascend strictly within 0..100", field,
                        "points must ascend strictly within 0..100");
            }
            previous = point;
        }
        if (previous == 0) {
            throw new RuleViolated("A scale needs a point above 0", field, "must have a point above 0");
        }
    }

    /** Whether these criteria differ from the current version's (an unchanged model gets no new version). */
    boolean changesModel(List<ScoringCriterion> criteria) {
        return current().map(model -> !model.criteria().equals(criteria)).orElse(true);
    }

    int nextModelVersion() {
        return models.size() + 1;
    }

    Optional<ScoringModel> current() {
        return models.isEmpty() ? Optional.empty() : Optional.of(models.get(models.size()));
    }

    ScoringModel requireCurrent() {
        return current().orElseThrow(() -> StateConflict.inState("The portfolio has no scoring model yet: "
                + "PUT one first", "NO_SCORING_MODEL"));
    }

    IntFunction<ScoringModel> versions() {
        return models::get;
    }

    /**
     * A scorer's ratings, checked against the current model: given under it (else 409 with the current version),
     * every criterion rated once with a point of its scale, no other key.
     */
    Map<String, Integer> checkRatings(int modelVersion, Map<String, Integer> ratings) {
        ScoringModel model = requireCurrent();
        if (modelVersion != model.version()) {
            throw new StateConflict("The scoring model is at version " + model.version() + ", not " + modelVersion
                    + ": rate under the current version", Map.of("currentModelVersion", model.version()));
        }
        List<String> unknown = new ArrayList<>(ratings.keySet());
        Map<String, Integer> checked = new LinkedHashMap<>();
        for (ScoringCriterion criterion : model.criteria()) {
            Integer points = ratings.get(criterion.key());
            String field = "ratings." + criterion.key();
            if (points == null) {
                throw new RuleViolated("Every criterion of the model is rated", field, "is required");
            }
            if (!criterion.scale().contains(points)) {
                throw new RuleViolated(points + " is not a point of " + criterion.key() + "'s scale", field,
                        "must be one of " + criterion.scale());
            }
            checked.put(criterion.key(), points);
            unknown.remove(criterion.key());
        }
        if (!unknown.isEmpty()) {
            throw new RuleViolated("The model has no criterion " + unknown.get(0), "ratings." + unknown.get(0),
                    "is not a criterion of the model");
        }
        return checked;
    }

    List<StrategicObjective> objectives() {
        return objectives;
    }

    void on(StrategicObjectivesSet event) {
        objectives = event.objectives();
    }

    void on(ScoringModelChanged event) {
        models.put(event.modelVersion(), new ScoringModel(event.modelVersion(), event.criteria()));
    }
}
