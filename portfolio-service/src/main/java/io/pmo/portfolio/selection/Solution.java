package io.pmo.portfolio.selection;

import java.util.List;

/**
 * What {@link Knapsack#solve} answers: the selection for the budget, and the frontier for the levels asked for
 * (in the order they were asked for), both read from one table.
 */
public record Solution(Selection selection, List<FrontierPoint> frontier) {

    public Solution {
        frontier = List.copyOf(frontier);
    }
}
