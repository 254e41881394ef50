package io.pmo.resource.capacity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Capacity, confirmed and requested load of a resource per period of a range. Built once per query (calendar,
 * range, granularity) and asked per resource, so the calendar's working days and the period bounds are computed
 * once for all resources. Immutable and safe to share between threads: each call fills arrays of its own.
 *
 * <p>Utilization is confirmed / capacity; requested load is reported beside it and never makes a period
 * over-allocated. See {@link CapacityProfile} and {@link Allocation} for the minutes of a day.
 */
public final class Utilisation {

    private final DayGrid grid;

    private final Periods periods;

    private Utilisation(TenantCalendar calendar, DateRange range, Granularity granularity) {
        this.grid = new DayGrid(calendar, range);
        this.periods = granularity.periods(range);
    }

    /** @throws IllegalArgumentException through {@link DateRange} when the range is reversed or too long */
    public static Utilisation over(TenantCalendar calendar, DateRange range, Granularity granularity) {
        return new Utilisation(calendar, range, granularity);
    }

    /** One row per period of the range, in order. */
    public List<PeriodUtilisation> of(CapacityProfile profile, List<Allocation> allocations) {
        DayGrid days = grid.copy().load(profile, allocations);
        List<PeriodUtilisation> rows = new ArrayList<>(periods.count());
        for (int p = 0; p < periods.count(); p++) {
            long capacity = DayGrid.sum(days.capacity, periods.first(p), periods.end(p));
            long confirmed = DayGrid.sum(days.confirmed, periods.first(p), periods.end(p));
            long requested = DayGrid.sum(days.requested, periods.first(p), periods.end(p));
            BigDecimal utilization = capacity == 0 ? null
                    : BigDecimal.valueOf(confirmed).divide(BigDecimal.valueOf(capacity), 4, RoundingMode.HALF_UP);
            rows.add(new PeriodUtilisation(periods.startDate(p), periods.endDate(p), Hours.ofMinutes(capacity),
                    Hours.ofMinutes(confirmed), Hours.ofMinutes(requested), utilization, confirmed > capacity));
        }
        return rows;
    }
}
