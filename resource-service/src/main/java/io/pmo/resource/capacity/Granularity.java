package io.pmo.resource.capacity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;

/**
 * How a range is cut into periods: ISO weeks (Monday to Sunday) or calendar months. The first and last period
 * are clipped to the range, so a range from a Wednesday starts with a period from that Wednesday to the Sunday.
 */
public enum Granularity {
    WEEK {
        @Override
        LocalDate periodEnd(LocalDate day) {
            return day.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        }
    },
    MONTH {
        @Override
        LocalDate periodEnd(LocalDate day) {
            return day.with(TemporalAdjusters.lastDayOfMonth());
        }
    };

    /** The last day of the (unclipped) period holding {@code day}. */
    abstract LocalDate periodEnd(LocalDate day);

    /** The periods of {@code range}, the first and last clipped to it. */
    Periods periods(DateRange range) {
        int[] bounds = new int[range.days() + 1];
        int count = 0;
        LocalDate start = range.from();
        while (!start.isAfter(range.to())) {
            bounds[count++] = (int) range.indexOf(start);
            start = periodEnd(start).plusDays(1);
        }
        bounds[count++] = range.days();
        return new Periods(range, Arrays.copyOf(bounds, count));
    }
}
