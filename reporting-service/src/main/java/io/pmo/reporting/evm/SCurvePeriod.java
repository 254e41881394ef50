package io.pmo.reporting.evm;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * The period of an S-curve. A period ends on its last calendar day: an ISO week on Sunday, a month on its last
 * day. Calendar ends rather than last working days keep the points independent of a project's calendar and
 * equal across projects; the cumulative figures of a Sunday are those of the Friday before in a Monday-to-Friday
 * calendar, as nothing is planned, earned or booked in between.
 */
public enum SCurvePeriod {

    WEEK, MONTH;

    /** The last day of the period that contains {@code date}. */
    LocalDate endOf(LocalDate date) {
        return switch (this) {
            case WEEK -> date.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
            case MONTH -> date.with(TemporalAdjusters.lastDayOfMonth());
        };
    }
}
