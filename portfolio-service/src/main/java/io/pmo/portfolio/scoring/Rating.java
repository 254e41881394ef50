package io.pmo.portfolio.scoring;

/**
 * One scorer's rating of one criterion, given under one scoring model version.
 *
 * @param points a point of the criterion's scale in that version
 */
public record Rating(String scorerId, int modelVersion, String criterion, int points) {
}
