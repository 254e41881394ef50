package io.pmo.reporting.evm;

/**
 * Money in a second currency reached one project's earned value. Earned value adds budgets and costs, and a sum
 * across currencies would be silently wrong, so the calculation refuses; the message names both currencies.
 */
public class MixedCurrenciesException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String projectCurrency;

    private final String otherCurrency;

    public MixedCurrenciesException(String projectCurrency, String otherCurrency, String where) {
        super("Earned value is computed in one currency per project: " + where + " is in " + otherCurrency
                + ", the project is in " + projectCurrency);
        this.projectCurrency = projectCurrency;
        this.otherCurrency = otherCurrency;
    }

    public String projectCurrency() {
        return projectCurrency;
    }

    public String otherCurrency() {
        return otherCurrency;
    }
}
