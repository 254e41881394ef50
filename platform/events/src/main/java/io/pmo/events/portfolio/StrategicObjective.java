package io.pmo.events.portfolio;

/**
 * One of a portfolio's strategic objectives.
 *
 * @param weight whole percentage points; a portfolio's objectives weigh 100 together
 */
public record StrategicObjective(String objectiveId, String name, int weight) {
}
