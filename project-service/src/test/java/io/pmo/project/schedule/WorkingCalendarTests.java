package io.pmo.project.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Day numbers and dates, checked on a 2027 calendar by hand (1 January 2027 is a Friday). */
class WorkingCalendarTests {

    private static final LocalDate NEW_YEAR = LocalDate.of(2027, 1, 1);

    private static final LocalDate MONDAY = LocalDate.of(2027, 1, 4);

    private final WorkingCalendar calendar = WorkingCalendar.of(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
            Set.of(NEW_YEAR, LocalDate.of(2027, 1, 6)));

    @Test
    void dayZeroIsTheFirstWorkingDayOnOrAfterThePlannedStart() {
        // New Year's Day is a holiday, then a weekend: work starts on Monday 4 January.
        assertThat(calendar.dateOf(NEW_YEAR, 0)).isEqualTo(MONDAY);
        assertThat(calendar.dateOf(MONDAY, 0)).isEqualTo(MONDAY);
    }

    @Test
    void countsWorkingDaysSkippingWeekendsAndHolidays() {
        // Mon 4 (0), Tue 5 (1), Wed 6 holiday, Thu 7 (2), Fri 8 (3), Mon 11 (4).
        assertThat(calendar.dateOf(NEW_YEAR, 2)).isEqualTo(LocalDate.of(2027, 1, 7));
        assertThat(calendar.dateOf(NEW_YEAR, 4)).isEqualTo(LocalDate.of(2027, 1, 11));
        assertThat(calendar.workingDaysBetween(MONDAY, LocalDate.of(2027, 1, 18))).isEqualTo(9);
    }

    @Test
    void showsATasksFinishAsItsLastDayOfWorkAndAMilestoneAtTheEndOfThePreviousDay() {
        // A 3-day task from day 1: Tue 5, Thu 7, Fri 8.
        assertThat(calendar.finishDateOf(NEW_YEAR, 1, 4)).isEqualTo(LocalDate.of(2027, 1, 8));
        // A milestone right after it (day 4) is reached on Friday 8, not on Monday 11.
        assertThat(calendar.finishDateOf(NEW_YEAR, 4, 4)).isEqualTo(LocalDate.of(2027, 1, 8));
        assertThat(calendar.finishDateOf(NEW_YEAR, 0, 0)).isEqualTo(MONDAY);
    }

    @Test
    void turnsDatesIntoStartAndFinishDays() {
        assertThat(calendar.startDayOf(NEW_YEAR, LocalDate.of(2027, 1, 6))).isEqualTo(2);
        assertThat(calendar.startDayOf(NEW_YEAR, LocalDate.of(2026, 12, 1))).isZero();
        // "By Wednesday 6" (a holiday) means by the end of Tuesday 5: finish day 2.
        assertThat(calendar.finishDayOf(NEW_YEAR, LocalDate.of(2027, 1, 6))).isEqualTo(2);
        assertThat(calendar.finishDayOf(NEW_YEAR, LocalDate.of(2027, 1, 10))).isEqualTo(4);
        assertThat(calendar.finishDayOf(NEW_YEAR, NEW_YEAR)).isZero();
    }

    @Test
    void aProjectsExceptionsOverrideTheEnterpriseCalendar() {
        WorkingCalendar project = calendar.withExceptions(Map.of(LocalDate.of(2027, 1, 9), true,
                LocalDate.of(2027, 1, 5), false));

        assertThat(project.isWorkingDay(LocalDate.of(2027, 1, 9))).isTrue(); // a Saturday worked
        assertThat(project.isWorkingDay(LocalDate.of(2027, 1, 5))).isFalse();
        assertThat(project.dateOf(NEW_YEAR, 3)).isEqualTo(LocalDate.of(2027, 1, 9));
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 5))).isTrue();
    }

    @Test
    void countsNegativeDaysBackwardsForLateDatesBeforeTheStart() {
        // Day -1 is the working day before Monday 4: Thursday 31 December 2026 (New Year's Day is off).
        assertThat(calendar.dateOf(MONDAY, -1)).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(calendar.dateOf(MONDAY, -2)).isEqualTo(LocalDate.of(2026, 12, 30));
        assertThat(calendar.finishDateOf(MONDAY, -2, 0)).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void refusesACalendarWithoutWorkingWeekdays() {
        assertThatThrownBy(() -> WorkingCalendar.of(EnumSet.noneOf(DayOfWeek.class), Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
    @Test
    void datesAndCountsLikeAWalkOverTheCalendarNearAndFarWithExceptionsOnBothSides() {
        WorkingCalendar odd = WorkingCalendar.of(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.SATURDAY),
                Set.of(LocalDate.of(2026, 12, 26), LocalDate.of(2027, 1, 4), LocalDate.of(2031, 5, 3)))
                .withExceptions(Map.of(LocalDate.of(2027, 1, 8), true, LocalDate.of(2026, 12, 4), true));
        java.util.Random random = new java.util.Random(20_261_206L);
        for (int i = 0; i < 300; i++) {
            int day = random.nextInt(4_000) - 1_000;
            LocalDate date = walkedDateOf(odd, NEW_YEAR, day);
            assertThat(odd.dateOf(NEW_YEAR, day)).as("day %d", day).isEqualTo(date);
            LocalDate to = NEW_YEAR.plusDays(random.nextInt(5_000) - 1_000);
            assertThat(odd.workingDaysBetween(NEW_YEAR.minusDays(40), to)).as("to %s", to)
                    .isEqualTo(walkedBetween(odd, NEW_YEAR.minusDays(40), to));
        }
        // the last business date is a count away, not a walk of sixty thousand days per task
        LocalDate latest = LocalDate.of(2199, 12, 31);
        int lastDay = odd.workingDaysBetween(odd.dateOf(NEW_YEAR, 0), latest);
        assertThat(odd.dateOf(NEW_YEAR, lastDay)).isAfter(latest);
        assertThat(odd.dateOf(NEW_YEAR, lastDay - 1)).isBeforeOrEqualTo(latest);
    }

    @Test
    void refusesAScheduleThatRunsPastTheLastBusinessDate() {
        java.util.List<WbsTask> wbs = java.util.List.of(
                new WbsTask("a", null, 30_000, null, java.util.List.of(), null),
                new WbsTask("b", null, 30_000, null, java.util.List.of(new Dependency("a", DependencyType.FS, 0)),
                        null));

        assertThatThrownBy(() -> WbsSchedule.of(wbs, MONDAY, calendar, null))
                .isInstanceOf(ScheduleHorizonException.class).hasMessageContaining("2199-12-31");
        assertThat(WbsSchedule.of(wbs.subList(0, 1), MONDAY, calendar, null).earlyFinish()).isBefore(
                LocalDate.of(2199, 12, 31));
    }

    private static LocalDate walkedDateOf(WorkingCalendar calendar, LocalDate start, int day) {
        LocalDate date = start;
        while (!calendar.isWorkingDay(date)) {
            date = date.plusDays(1);
        }
        for (int counted = 0; counted < day; counted++) {
            do {
                date = date.plusDays(1);
            } while (!calendar.isWorkingDay(date));
        }
        for (int counted = 0; counted > day; counted--) {
            do {
                date = date.minusDays(1);
            } while (!calendar.isWorkingDay(date));
        }
        return date;
    }

    private static int walkedBetween(WorkingCalendar calendar, LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from; day.isBefore(to); day = day.plusDays(1)) {
            count += calendar.isWorkingDay(day) ? 1 : 0;
        }
        return count;
    }
}
