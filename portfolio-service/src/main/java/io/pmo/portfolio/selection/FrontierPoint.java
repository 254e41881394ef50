package io.pmo.portfolio.selection;

/**
 * One point of the efficient frontier: the best the portfolio can do for one budget, forced candidates
 * included.
 *
 * @param budget   the budget level, in minor units
 * @param feasible false when the forced candidates alone cost more than this level; value, cost and count are
 *                 then 0
 * @param value    the greatest total value within the level, in tenths of a point
 * @param cost     the least cost of reaching that value, in minor units
 * @param count    how many candidates the preferred selection for that level holds (see {@link Knapsack} for
 *                 which selection is preferred)
 */
public record FrontierPoint(long budget, boolean feasible, int value, long cost, int count) {

    static FrontierPoint infeasible(long budget) {
        return new FrontierPoint(budget, false, 0, 0, 0);
    }
}
