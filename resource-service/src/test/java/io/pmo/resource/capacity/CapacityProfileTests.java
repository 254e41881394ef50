package io.pmo.resource.capacity;

import static io.pmo.resource.capacity.CapacityMother.MONDAY;
import static io.pmo.resource.capacity.CapacityMother.MONDAY_TO_FRIDAY;
import static io.pmo.resource.capacity.CapacityMother.d;
import static io.pmo.resource.capacity.CapacityMother.fullTime;
import static io.pmo.resource.capacity.CapacityMother.jan;
import static io.pmo.resource.capacity.CapacityMother.monday;
import static io.pmo.resource.capacity.CapacityMother.partTime;
import static io.pmo.resource.capacity.CapacityMother.week;
import static io.pmo.resource.capacity.CapacityMother.weeks;
import static io.pmo.resource.capacity.CapacityMother.withHoliday;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The capacity of a day, summed over hand-computed weeks (2027-01-04 is a Monday). */
class CapacityProfileTests {

    @Test
    void aFullTimeWeekIsFiveDaysOfEightHours() {
        // 8 h = 480 min; Mon-Fri: 5 x 480 = 2400 min = 40.00 h; Saturday and Sunday are no working days
        assertThat(week(fullTime("8"), List.of()).capacityHours()).isEqualByComparingTo("40.00");
    }

    @Test
    void aHalfTimePeriodHalvesEveryDay() {
        // 480 min x 0.5 = 240 min; 5 x 240 = 1200 min = 20.00 h
        assertThat(week(partTime("8", "0.5"), List.of()).capacityHours()).isEqualByComparingTo("20.00");
    }

    @Test
    void eightyPercentOfSevenAndAHalfHoursIsSixHoursADay() {
        // 7.5 h = 450 min; 450 x 0.8 = 360 min = 6.00 h a day; 5 x 360 = 1800 min = 30.00 h
        CapacityProfile profile = partTime("7.5", "0.8");

        assertThat(monday(profile).capacityHours()).isEqualByComparingTo("6.00");
        assertThat(week(profile, List.of()).capacityHours()).isEqualByComparingTo("30.00");
    }

    @Test
    void aFactorRoundsHalfUpToTheWholeMinute() {
        // 7 h = 420 min; 420 x 0.33 = 138.6 min -> 139 min = 2.3166 h -> 2.32 h;
        // a week: 5 x 139 = 695 min = 11.583 h -> 11.58 h (the sum of minutes, not of rounded hours: 5 x 2.32 = 11.60)
        CapacityProfile profile = partTime("7", "0.33");

        assertThat(monday(profile).capacityHours()).isEqualByComparingTo("2.32");
        assertThat(week(profile, List.of()).capacityHours()).isEqualByComparingTo("11.58");
    }

    @Test
    void aPartTimePeriodStartingOnWednesdayReducesOnlyFromWednesday() {
        // Mon, Tue 2 x 480 = 960; Wed-Fri 3 x 240 = 720; 1680 min = 28.00 h
        CapacityProfile profile = fullTime("8").withPartTime(List.of(new PartTimePeriod(jan(6), null, d("0.5"))));

        assertThat(week(profile, List.of()).capacityHours()).isEqualByComparingTo("28.00");
    }

    @Test
    void anAbsenceSpanningAWeekendZeroesItsWorkingDaysInBothWeeks() {
        // absent Thu 2027-01-07 to Tue 2027-01-12: week 1 keeps Mon-Wed (3 x 480 = 1440 min = 24.00 h),
        // week 2 keeps Wed-Fri (3 x 480 = 24.00 h); the weekend between had no capacity anyway
        CapacityProfile profile = fullTime("8").withAbsences(List.of(new Absence(jan(7), jan(12))));

        assertThat(weeks(MONDAY, jan(17), profile, List.of()))
                .extracting(PeriodUtilisation::capacityHours)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(d("24.00"), d("24.00"));
    }

    @Test
    void overlappingAbsencesZeroADayOnlyOnce() {
        // Mon-Tue and Tue-Wed away: Thu, Fri remain, 2 x 480 = 960 min = 16.00 h
        CapacityProfile profile = fullTime("8").withAbsences(List.of(
                new Absence(jan(4), jan(5)), new Absence(jan(5), jan(6))));

        assertThat(week(profile, List.of()).capacityHours()).isEqualByComparingTo("16.00");
    }

    @Test
    void aHolidayIsNoWorkingDay() {
        // Wed 2027-01-06 a holiday: 4 x 480 = 1920 min = 32.00 h
        assertThat(week(withHoliday(jan(6)), fullTime("8"), List.of()).capacityHours()).isEqualByComparingTo("32.00");
    }

    @Test
    void aSixDayCalendarCountsSaturday() {
        // Mon-Sat: 6 x 480 = 2880 min = 48.00 h
        TenantCalendar sixDays = new TenantCalendar(EnumSet.complementOf(EnumSet.of(DayOfWeek.SUNDAY)), Set.of());

        assertThat(week(sixDays, fullTime("8"), List.of()).capacityHours()).isEqualByComparingTo("48.00");
    }

    @Test
    void onboardingOnWednesdayLeavesThreeDaysThatWeek() {
        // available from Wed 2027-01-06: Wed-Fri 3 x 480 = 1440 min = 24.00 h
        CapacityProfile profile = fullTime("8").availableBetween(jan(6), null);

        assertThat(week(profile, List.of()).capacityHours()).isEqualByComparingTo("24.00");
    }

    @Test
    void offboardingMidMonthEndsTheCapacityOnThatDayIncluded() {
        // until Fri 2027-01-15: January's working days up to it are Fri 1, Mon 4 - Fri 8, Mon 11 - Fri 15 = 11 days,
        // 11 x 480 = 5280 min = 88.00 h; February has none, so no utilization either
        CapacityProfile profile = fullTime("8").availableBetween(null, jan(15));

        List<PeriodUtilisation> months = Utilisation.over(MONDAY_TO_FRIDAY,
                new DateRange(jan(1), LocalDate.of(2027, 2, 28)), Granularity.MONTH).of(profile, List.of());

        assertThat(months.get(0).capacityHours()).isEqualByComparingTo("88.00");
        assertThat(months.get(1).capacityHours()).isEqualByComparingTo("0.00");
        assertThat(months.get(1).utilization()).isNull();
        assertThat(months.get(1).overAllocated()).isFalse();
    }

    @Test
    void overlappingPartTimePeriodsAreReportedByTheIndexOfTheFirstOffender() {
        // period 1 is open-ended, so period 2 (March) overlaps it; periods 0 and 1 only touch
        List<PartTimePeriod> periods = List.of(
                new PartTimePeriod(jan(1), jan(31), d("0.5")),
                new PartTimePeriod(LocalDate.of(2027, 2, 1), null, d("0.8")),
                new PartTimePeriod(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 31), d("0.6")));

        assertThat(CapacityProfile.firstOverlappingPeriod(periods)).isEqualTo(OptionalInt.of(2));
        assertThat(CapacityProfile.firstOverlappingPeriod(periods.subList(0, 2))).isEmpty();
        assertThatThrownBy(() -> fullTime("8").withPartTime(periods))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Part-time period 2 overlaps");
    }

    @Test
    void refusesHoursPerDayOutsideZeroToTwentyFour() {
        assertThatThrownBy(() -> fullTime("0")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("greater than 0 and at most 24");
        assertThatThrownBy(() -> fullTime("24.01")).isInstanceOf(IllegalArgumentException.class);
        assertThat(fullTime("24").minutesPerDay()).isEqualTo(1440);
    }

    @Test
    void refusesAPartTimeFactorOutsideZeroToOne() {
        assertThatThrownBy(() -> new PartTimePeriod(MONDAY, null, d("0")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PartTimePeriod(MONDAY, null, d("1.01")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesACalendarWithoutWorkingDaysAndAnOffboardingBeforeTheOnboarding() {
        assertThatThrownBy(() -> new TenantCalendar(Set.of(), Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> fullTime("8").availableBetween(jan(10), jan(9)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
