package io.pmo.reporting.evm;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Counts working days in constant time over the span a baseline covers (a prefix sum per calendar day), so
 * that planned value of many tasks at many dates does not walk the calendar again for each. Dates after the
 * span are counted by walking on from its end up to the calendar's last exception, then by whole weeks of the
 * weekday rule, so a far status date costs as little as a near one.
 */
final class WorkingDayIndex {

    private final BaselineCalendar calendar;

    private final LocalDate origin;

    private final LocalDate end;

    /** The calendar's last exception to its weekday rule (or the span's end): after it, whole weeks are alike. */
    private final LocalDate lastException;

    /** {@code counts[i]}: working days in {@code [origin, origin + i]}. */
    private final int[] counts;

    WorkingDayIndex(BaselineCalendar calendar, LocalDate origin, LocalDate end) {
        this.calendar = calendar;
        this.origin = origin;
        this.end = end.isBefore(origin) ? origin : end;
        this.lastException = calendar.exceptions().keySet().stream().max(LocalDate::compareTo).orElse(this.end);
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
        LocalDate day = end.plusDays(1);
        for (; !day.isAfter(date) && !day.isAfter(lastException); day = day.plusDays(1)) {
            if (calendar.isWorkingDay(day)) {
                count++;
            }
        }
        if (!day.isAfter(date)) {
            long days = ChronoUnit.DAYS.between(day, date) + 1;
            count += days / 7 * calendar.workingWeekdays().size();
            for (LocalDate rest = day.plusDays(days / 7 * 7); !rest.isAfter(date); rest = rest.plusDays(1)) {
                if (calendar.isWorkingDay(rest)) {
                    count++;
                }
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
