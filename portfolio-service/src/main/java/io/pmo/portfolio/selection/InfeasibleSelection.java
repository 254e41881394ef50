package io.pmo.portfolio.selection;

/**
 * The candidates that must be included cost more than the budget on their own, so no selection meets both.
 * The caller answers it as a 422: the user lowers the forced set or raises the budget.
 */
public class InfeasibleSelection extends RuntimeException {

    private final long forcedCost;

    private final long budget;

    public InfeasibleSelection(long forcedCost, long budget) {
        super("The candidates that must be included cost " + forcedCost + " minor units, more than the budget of "
                + budget);
        this.forcedCost = forcedCost;
        this.budget = budget;
    }

    /** What the must-include candidates cost together, in minor units. */
    public long forcedCost() {
        return forcedCost;
    }

    /** The budget they exceed, in minor units. */
    public long budget() {
        return budget;
    }
}
