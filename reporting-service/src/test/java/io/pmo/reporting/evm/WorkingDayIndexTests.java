package io.pmo.reporting.evm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Working days counted by the index equal a plain walk over the calendar, inside the indexed span and far after
 * it (where whole weeks are counted at once), with exceptions before, inside and after the span.
 */
class WorkingDayIndexTests {

    private static final LocalDate ORIGIN = LocalDate.of(2027, 1, 4);

    private static final LocalDate END = LocalDate.of(2027, 3, 31);

    private final BaselineCalendar calendar = new BaselineCalendar(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.SATURDAY), Map.of(
                    LocalDate.of(2027, 2, 1), false, // a holiday inside the span
                    LocalDate.of(2027, 4, 16), true, // a Friday worked after it
                    LocalDate.of(2027, 5, 3), false)); // a holiday after it

    private final WorkingDayIndex index = new WorkingDayIndex(calendar, ORIGIN, END);

    @Test
    void countsLikeAWalkOverTheCalendarAtAnyDateUpToTheLatestBusinessDate() {
        Random random = new Random(20_261_206L);
        for (int i = 0; i < 500; i++) {
            LocalDate date = ORIGIN.plusDays(random.nextInt(2_000) - 10);
            assertThat(index.ordinal(date)).as(date.toString()).isEqualTo(walked(date));
        }
        LocalDate latest = LocalDate.of(2199, 12, 31);
        assertThat(index.ordinal(latest)).isEqualTo(walked(latest));
    }

    @Test
    void countsInclusiveRangesAfterTheSpan() {
        LocalDate from = LocalDate.of(2030, 1, 1);
        LocalDate to = LocalDate.of(2030, 1, 31);
        assertThat(index.between(from, to)).isEqualTo(walked(to) - walked(from.minusDays(1)));
        assertThat(index.between(to, from)).isZero();
    }

    private int walked(LocalDate date) {
        int count = 0;
        for (LocalDate day = ORIGIN; !day.isAfter(date); day = day.plusDays(1)) {
            if (calendar.isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
