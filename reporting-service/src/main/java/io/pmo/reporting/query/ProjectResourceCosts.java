package io.pmo.reporting.query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.pmo.events.common.Money;

/**
 * A project's resource cost over a range of dates: per ISO week overlapping the range (weeks without cost left
 * out) and in total. There is no exchange rate in the platform, so cost is summed per currency: a project whose
 * resources are all paid in one currency has one amount per week and one total.
 *
 * @param totals per currency, by currency code
 */
public record ProjectResourceCosts(String projectId, LocalDate from, LocalDate to, List<Week> weeks,
        List<Money> totals) {

    public ProjectResourceCosts {
        weeks = weeks == null ? List.of() : List.copyOf(weeks);
        totals = totals == null ? List.of() : List.copyOf(totals);
    }

    /**
     * @param weekStart the Monday of the week
     * @param hours the confirmed hours of the allocations summed
     * @param costs per currency, by currency code
     * @param allocations how many allocations cost something in the week
     */
    public record Week(LocalDate weekStart, BigDecimal hours, List<Money> costs, int allocations) {

        public Week {
            costs = costs == null ? List.of() : List.copyOf(costs);
        }
    }
}
