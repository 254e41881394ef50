package io.pmo.reporting.evm;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Counts working days in constant time over the span a baseline covers (a prefix sum per calendar day), so
 * that planned value of many tasks at many dates does not walk the calendar again for each. Dates after the
 * span are counted by whole weeks of the weekday rule plus the exceptions there, so a far status date costs as
 * little as a near one. The span itself is at most {@link #MAX_SPAN_DAYS} long, whatever dates a baseline names.
 */
final class WorkingDayIndex {

    private final BaselineCalendar calendar;

    private final LocalDate origin;

    private final LocalDate end;

    /** About the business dates' range (1900 to 2199): the most days the prefix sums hold. */
    static final int MAX_SPAN_DAYS = 300 * 366;

    /** {@code counts[i]}: working days in {@code [origin, origin + i]}. */
    private final int[] counts;

    WorkingDayIndex(BaselineCalendar calendar, LocalDate origin, LocalDate end) {
        this.calendar = calendar;
        this.origin = origin;
        LocalDate last = end.isBefore(origin) ? origin : end;
        this.end = ChronoUnit.DAYS.between(origin, last) > MAX_SPAN_DAYS ? origin.plusDays(MAX_SPAN_DAYS) : last;
        this.counts = new int[(int) ChronoUnit.DAYS.between(origin, this.end) + 1];
        int count = 0;
        for (int i = 0; i < counts.length; i++) {
            if (calendar.isWorkingDay(origin.plusDays(i))) {
                count++;
            }
            counts[i] = count;
        }
    }

    /** Working days in {@code [origin, date]}: 0 before the origin. */
    int ordinal(LocalDate date) {
        if (date.isBefore(origin)) {
            return 0;
        }
        if (!date.isAfter(end)) {
            return counts[(int) ChronoUnit.DAYS.between(origin, date)];
        }
        long count = counts[counts.length - 1];
        LocalDate first = end.plusDays(1);
        long days = ChronoUnit.DAYS.between(first, date) + 1;
        count += days / 7 * calendar.workingWeekdays().size();
        for (LocalDate day = first.plusDays(days / 7 * 7); !day.isAfter(date); day = day.plusDays(1)) {
            if (calendar.workingWeekdays().contains(day.getDayOfWeek())) {
                count++;
            }
        }
        for (var exception : calendar.exceptions().entrySet()) {
            LocalDate day = exception.getKey();
            if (day.isAfter(end) && !day.isAfter(date)
                    && exception.getValue() != calendar.workingWeekdays().contains(day.getDayOfWeek())) {
                count += exception.getValue() ? 1 : -1;
            }
        }
        return (int) Math.min(count, Integer.MAX_VALUE);
    }

    /** Working days in {@code [from, to]}, both inclusive; 0 if {@code to} is before {@code from}. */
    int between(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return 0;
        }
        return ordinal(to) - ordinal(from.minusDays(1));
    }

    boolean isWorkingDay(LocalDate date) {
        return calendar.isWorkingDay(date);
    }
}
