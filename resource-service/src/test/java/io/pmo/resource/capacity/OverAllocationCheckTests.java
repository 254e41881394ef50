package io.pmo.resource.capacity;

import static io.pmo.resource.capacity.CapacityMother.MONDAY;
import static io.pmo.resource.capacity.CapacityMother.MONDAY_TO_FRIDAY;
import static io.pmo.resource.capacity.CapacityMother.confirmedHours;
import static io.pmo.resource.capacity.CapacityMother.d;
import static io.pmo.resource.capacity.CapacityMother.fullTime;
import static io.pmo.resource.capacity.CapacityMother.hours;
import static io.pmo.resource.capacity.CapacityMother.jan;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Whether confirming an allocation over-allocates a resource, by ISO week totals (2027-01-04 is a Monday). */
class OverAllocationCheckTests {

    private static final CapacityProfile EIGHT_HOURS = fullTime("8");

    @Test
    void twoThirtyHourAllocationsOverAllocateAFortyHourWeek() {
        // 30 h + 30 h = 60 h of load against 5 x 8 = 40 h of capacity in the week of Mon 2027-01-04
        List<OverAllocatedWeek> over = OverAllocationCheck.weeksOverCapacity(EIGHT_HOURS, MONDAY_TO_FRIDAY,
                List.of(confirmedHours("a", "30", MONDAY, jan(8))),
                hours("b", "30", MONDAY, jan(8), AllocationStatus.REQUESTED));

        assertThat(over).containsExactly(new OverAllocatedWeek(MONDAY, d("40.00"), d("60.00")));
    }

    @Test
    void aRequestedAllocationIsNoLoadToConfirmAgainst() {
        List<OverAllocatedWeek> over = OverAllocationCheck.weeksOverCapacity(EIGHT_HOURS, MONDAY_TO_FRIDAY,
                List.of(hours("a", "30", MONDAY, jan(8), AllocationStatus.REQUESTED)),
                hours("b", "30", MONDAY, jan(8), AllocationStatus.REQUESTED));

        assertThat(over).isEmpty();
    }

    @Test
    void suspendedAllocationsAndTheCandidateItselfAreNotCountedTwice() {
        // the listed 30 h with the candidate's id is the candidate before a re-confirmation; the other is suspended
        List<OverAllocatedWeek> over = OverAllocationCheck.weeksOverCapacity(EIGHT_HOURS, MONDAY_TO_FRIDAY,
                List.of(confirmedHours("b", "30", MONDAY, jan(8)),
                        confirmedHours("c", "30", MONDAY, jan(8)).withSuspended(true)),
                confirmedHours("b", "30", MONDAY, jan(8)));

        assertThat(over).isEmpty();
    }

    @Test
    void comparesWeekTotalsNotDays() {
        // 20 h/week all week (240 min a day) plus 40 h/week on Mon-Tue only (480 min a day):
        // Monday carries 720 min against 480, but the week carries 5 x 240 + 2 x 480 = 2160 min (36 h) <= 40 h
        List<OverAllocatedWeek> over = OverAllocationCheck.weeksOverCapacity(EIGHT_HOURS, MONDAY_TO_FRIDAY,
                List.of(confirmedHours("a", "20", MONDAY, jan(8))),
                hours("b", "40", MONDAY, jan(5), AllocationStatus.REQUESTED));

        assertThat(over).isEmpty();
    }

    @Test
    void countsTheWholeWeekAroundACandidateStartingMidWeekAndOnlyWeeksItLoads() {
        // existing 40 h/week on Mon-Tue of week 1 (960 min) and nothing after; the candidate 40 h/week runs
        // Wed 2027-01-06 to Fri 2027-01-15: week 1 = 960 + 3 x 480 = 2400 min = 40 h, not over;
        // with the existing one running to Wed, week 1 = 1440 + 1440 = 2880 min = 48 h, over; week 2 = 40 h, fine
        List<OverAllocatedWeek> fits = OverAllocationCheck.weeksOverCapacity(EIGHT_HOURS, MONDAY_TO_FRIDAY,
                List.of(confirmedHours("a", "40", MONDAY, jan(5))),
                hours("b", "40", jan(6), jan(15), AllocationStatus.REQUESTED));
        List<OverAllocatedWeek> over = OverAllocationCheck.weeksOverCapacity(EIGHT_HOURS, MONDAY_TO_FRIDAY,
                List.of(confirmedHours("a", "40", MONDAY, jan(6))),
                hours("b", "40", jan(6), jan(15), AllocationStatus.REQUESTED));

        assertThat(fits).isEmpty();
        assertThat(over).containsExactly(new OverAllocatedWeek(MONDAY, d("40.00"), d("48.00")));
    }

    @Test
    void aWeekOverAllocatedWithoutTheCandidateIsNotItsDoing() {
        // week 1 is already at 60 h; the candidate only loads week 2 (20 h of 40 h)
        List<OverAllocatedWeek> over = OverAllocationCheck.weeksOverCapacity(EIGHT_HOURS, MONDAY_TO_FRIDAY,
                List.of(confirmedHours("a", "60", MONDAY, jan(8))),
                hours("b", "20", jan(11), jan(15), AllocationStatus.REQUESTED));

        assertThat(over).isEmpty();
    }
}
