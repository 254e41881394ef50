package io.pmo.resource.capacity;

import static io.pmo.resource.capacity.CapacityMother.MONDAY;
import static io.pmo.resource.capacity.CapacityMother.MONDAY_TO_FRIDAY;
import static io.pmo.resource.capacity.CapacityMother.SUNDAY;
import static io.pmo.resource.capacity.CapacityMother.confirmedHours;
import static io.pmo.resource.capacity.CapacityMother.confirmedPercent;
import static io.pmo.resource.capacity.CapacityMother.d;
import static io.pmo.resource.capacity.CapacityMother.fullTime;
import static io.pmo.resource.capacity.CapacityMother.hours;
import static io.pmo.resource.capacity.CapacityMother.jan;
import static io.pmo.resource.capacity.CapacityMother.partTime;
import static io.pmo.resource.capacity.CapacityMother.week;
import static io.pmo.resource.capacity.CapacityMother.withHoliday;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Allocation load and utilisation per period, on hand-computed weeks and months (2027-01-04 is a Monday). */
class AllocationLoadTests {

    private static final LocalDate FRIDAY = jan(8);

    @Test
    void fortyHoursPerWeekCarryOnlyThirtyTwoInAWeekWithAHoliday() {
        // 40 h/week = 2400 min / 5 working weekdays = 480 min a day; Wed 2027-01-06 is a holiday, so
        // load 4 x 480 = 1920 min = 32.00 h against capacity 4 x 480 = 32.00 h: utilization 1.0000, not over
        PeriodUtilisation week = week(withHoliday(jan(6)), fullTime("8"),
                List.of(confirmedHours("a", "40", MONDAY, SUNDAY)));

        assertThat(week.capacityHours()).isEqualByComparingTo("32.00");
        assertThat(week.confirmedHours()).isEqualByComparingTo("32.00");
        assertThat(week.utilization()).isEqualByComparingTo("1.0000");
        assertThat(week.overAllocated()).isFalse();
    }

    @Test
    void aPercentIsOfTheCapacityOfAPartTimeDay() {
        // 7.5 h x 0.8 = 360 min a day; 50 % of it = 180 min; 5 x 180 = 900 min = 15.00 h of 30.00 h: 0.5000
        PeriodUtilisation week = week(partTime("7.5", "0.8"), List.of(confirmedPercent("a", "50", MONDAY, SUNDAY)));

        assertThat(week.capacityHours()).isEqualByComparingTo("30.00");
        assertThat(week.confirmedHours()).isEqualByComparingTo("15.00");
        assertThat(week.utilization()).isEqualByComparingTo("0.5000");
    }

    @Test
    void aPercentRoundsHalfUpPerDay() {
        // 7 h x 0.33 = 139 min a day; 33 % of 139 = 45.87 -> 46 min; 5 x 46 = 230 min = 3.833 h -> 3.83 h;
        // utilization 230 / 695 = 0.33093 -> 0.3309
        PeriodUtilisation week = week(partTime("7", "0.33"), List.of(confirmedPercent("a", "33", MONDAY, SUNDAY)));

        assertThat(week.confirmedHours()).isEqualByComparingTo("3.83");
        assertThat(week.utilization()).isEqualByComparingTo("0.3309");
    }

    @Test
    void anAllocationAcrossAMonthEndLoadsEachMonthWithItsOwnDays() {
        // 20 h/week = 240 min a day, Mon 2027-01-25 to Fri 2027-02-05.
        // January: capacity 21 working days (Fri 1, then four full weeks) x 480 = 10080 min = 168.00 h;
        //          load Jan 25-29 = 5 x 240 = 1200 min = 20.00 h; 1200 / 10080 = 0.11905 -> 0.1190
        // February: capacity 20 working days (Mon 1 to Fri 26) x 480 = 9600 min = 160.00 h;
        //          load Feb 1-5 = 5 x 240 = 20.00 h; 1200 / 9600 = 0.1250
        List<PeriodUtilisation> months = Utilisation.over(MONDAY_TO_FRIDAY,
                        new DateRange(jan(1), LocalDate.of(2027, 2, 28)), Granularity.MONTH)
                .of(fullTime("8"), List.of(confirmedHours("a", "20", jan(25), LocalDate.of(2027, 2, 5))));

        assertThat(months).extracting(PeriodUtilisation::start, PeriodUtilisation::end).containsExactly(
                tuple(jan(1), jan(31)),
                tuple(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 28)));
        assertThat(months.get(0).capacityHours()).isEqualByComparingTo("168.00");
        assertThat(months.get(0).confirmedHours()).isEqualByComparingTo("20.00");
        assertThat(months.get(0).utilization()).isEqualByComparingTo("0.1190");
        assertThat(months.get(1).capacityHours()).isEqualByComparingTo("160.00");
        assertThat(months.get(1).confirmedHours()).isEqualByComparingTo("20.00");
        assertThat(months.get(1).utilization()).isEqualByComparingTo("0.1250");
    }

    @Test
    void anAllocationLoadsNothingBeforeOnboarding() {
        // onboarding Wed 2027-01-06: 40 h/week loads Wed-Fri only, 3 x 480 = 24.00 h
        PeriodUtilisation week = week(fullTime("8").availableBetween(jan(6), null),
                List.of(confirmedHours("a", "40", MONDAY, SUNDAY)));

        assertThat(week.confirmedHours()).isEqualByComparingTo("24.00");
    }

    @Test
    void aReleasedAllocationStopsLoadingOnItsReleaseDay() {
        // released from Thu 2027-01-07: Mon-Wed 3 x 480 = 1440 min = 24.00 h, still confirmed load
        PeriodUtilisation week = week(fullTime("8"),
                List.of(confirmedHours("a", "40", MONDAY, FRIDAY).releasedFrom(jan(7))));

        assertThat(week.confirmedHours()).isEqualByComparingTo("24.00");
    }

    @Test
    void suspendedRejectedAndUndatedReleasedAllocationsLoadNothing() {
        PeriodUtilisation week = week(fullTime("8"), List.of(
                confirmedHours("a", "40", MONDAY, FRIDAY).withSuspended(true),
                hours("b", "40", MONDAY, FRIDAY, AllocationStatus.REJECTED),
                hours("c", "40", MONDAY, FRIDAY, AllocationStatus.RELEASED),
                hours("d", "40", MONDAY, FRIDAY, AllocationStatus.REQUESTED).withSuspended(true)));

        assertThat(week.confirmedHours()).isEqualByComparingTo("0.00");
        assertThat(week.requestedHours()).isEqualByComparingTo("0.00");
        assertThat(week.utilization()).isEqualByComparingTo("0.0000");
    }

    @Test
    void requestedLoadIsReportedApartAndNeverOverAllocates() {
        // confirmed 30 h + requested 30 h on a 40 h week: utilization 1800 / 2400 = 0.7500, not over-allocated
        PeriodUtilisation week = week(fullTime("8"), List.of(
                confirmedHours("a", "30", MONDAY, FRIDAY),
                hours("b", "30", MONDAY, FRIDAY, AllocationStatus.REQUESTED)));

        assertThat(week.confirmedHours()).isEqualByComparingTo("30.00");
        assertThat(week.requestedHours()).isEqualByComparingTo("30.00");
        assertThat(week.utilization()).isEqualByComparingTo("0.7500");
        assertThat(week.overAllocated()).isFalse();
    }

    @Test
    void oneHundredFiftyPercentOverAllocatesOnPurpose() {
        // 150 % of 480 = 720 min a day; 5 x 720 = 3600 min = 60.00 h of 40.00 h: 1.5000
        PeriodUtilisation week = week(fullTime("8"), List.of(confirmedPercent("a", "150", MONDAY, FRIDAY)));

        assertThat(week.confirmedHours()).isEqualByComparingTo("60.00");
        assertThat(week.utilization()).isEqualByComparingTo("1.5000");
        assertThat(week.overAllocated()).isTrue();
    }

    @Test
    void refusesAmountsOutOfRangeAndAllocationsWithBothOrNeither() {
        assertThatThrownBy(() -> confirmedHours("a", "168.01", MONDAY, FRIDAY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 to 168");
        assertThatThrownBy(() -> confirmedPercent("a", "200.01", MONDAY, FRIDAY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 to 200");
        assertThatThrownBy(() -> new Allocation("a", "p", MONDAY, FRIDAY, d("8"), d("50"),
                AllocationStatus.CONFIRMED, false, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Allocation("a", "p", MONDAY, FRIDAY, null, null,
                AllocationStatus.CONFIRMED, false, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> confirmedHours("a", "8", FRIDAY, MONDAY))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
