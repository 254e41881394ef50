package io.pmo.portfolio.selection;

/**
 * A candidate for the portfolio, as the knapsack sees it: whole numbers only, so that the optimum is exact and
 * ties are decided by a rule rather than by rounding.
 *
 * @param id    the candidate's id (a project id); unique within one selection
 * @param cost  what funding it costs, in the currency's minor units (cents for EUR): the caller scales the
 *              {@code BigDecimal} amount by the currency's default fraction digits
 *              ({@code amount.movePointRight(currency.getDefaultFractionDigits()).longValueExact()}); 0 to
 *              {@value #MAX_COST}
 * @param value its weighted score in tenths of a point (score 0.0 to 100.0, to one decimal, times ten); 0 to
 *              {@value #MAX_VALUE}
 */
public record Item(String id, long cost, int value) {

    /** 10^15 minor units (10^13 EUR): far above any budget, and 1,000 of them still fit in a long. */
    public static final long MAX_COST = 1_000_000_000_000_000L;

    /** A score of 100.0 in tenths of a point. */
    public static final int MAX_VALUE = 1_000;

    public Item {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("A candidate needs an id");
        }
        if (cost < 0 || cost > MAX_COST) {
            throw new IllegalArgumentException(
                    "Candidate " + id + " costs " + cost + " minor units; a cost is 0 to " + MAX_COST);
        }
        if (value < 0 || value > MAX_VALUE) {
            throw new IllegalArgumentException("Candidate " + id + " is worth " + value
                    + " tenths of a point; a value is 0 to " + MAX_VALUE + " (a score of 0.0 to 100.0)");
        }
    }
}
