package io.pmo.resource.capacity;

import java.time.LocalDate;

/**
 * The periods of a range as day indexes: period {@code p} holds the days {@code bounds[p]} to
 * {@code bounds[p + 1] - 1}, so summing a day array per period needs no date arithmetic.
 */
final class Periods {

    private final DateRange range;

    private final int[] bounds;

    Periods(DateRange range, int[] bounds) {
        this.range = range;
        this.bounds = bounds;
    }

    int count() {
        return bounds.length - 1;
    }

    /** The index of the first day of period {@code p}. */
    int first(int p) {
        return bounds[p];
    }

    /** One past the index of the last day of period {@code p}. */
    int end(int p) {
        return bounds[p + 1];
    }

    LocalDate startDate(int p) {
        return range.from().plusDays(bounds[p]);
    }

    LocalDate endDate(int p) {
        return range.from().plusDays(bounds[p + 1] - 1L);
    }
}
