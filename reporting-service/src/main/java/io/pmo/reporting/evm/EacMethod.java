package io.pmo.reporting.evm;

/**
 * The three estimate-at-completion formulas of the PMI's PMBOK Guide and Practice Standard for Earned Value
 * Management, each an assumption about the remaining work; a report shows all three, labelled, rather than
 * picking one silently.
 */
public enum EacMethod {

    /** The remaining work costs what the work so far cost per unit of value: {@code BAC / CPI}. */
    CPI("BAC / CPI"),

    /** The remaining work costs its budget (the overrun so far was a one-off): {@code AC + (BAC - EV)}. */
    BUDGET_RATE("AC + (BAC - EV)"),

    /** Cost and schedule performance both weigh on the remaining work: {@code AC + (BAC - EV) / (CPI x SPI)}. */
    CPI_AND_SPI("AC + (BAC - EV) / (CPI x SPI)");

    private final String formula;

    EacMethod(String formula) {
        this.formula = formula;
    }

    /** The formula as a label for a report. */
    public String formula() {
        return formula;
    }
}
