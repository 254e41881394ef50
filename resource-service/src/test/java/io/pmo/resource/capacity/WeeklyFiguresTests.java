package io.pmo.resource.capacity;

import static io.pmo.resource.capacity.CapacityMother.MONDAY;
import static io.pmo.resource.capacity.CapacityMother.d;
import static io.pmo.resource.capacity.CapacityMother.fullTime;
import static io.pmo.resource.capacity.CapacityMother.jan;
import static io.pmo.resource.capacity.CapacityMother.withHoliday;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The per-week figures events carry, with costs per project (2027-01-04 is a Monday). */
class WeeklyFiguresTests {

    private static final List<Allocation> ALLOCATIONS = List.of(
            Allocation.ofHoursPerWeek("a", "apollo", MONDAY, jan(17), d("20"), AllocationStatus.CONFIRMED),
            Allocation.ofPercent("b", "borealis", MONDAY, jan(8), d("7"), AllocationStatus.CONFIRMED),
            Allocation.ofHoursPerWeek("c", "cassini", MONDAY, jan(17), d("8"), AllocationStatus.REQUESTED));

    @Test
    void givesCapacityLoadsAndCostPerProjectForEachWeek() {
        // 8 h days, holiday Wed 2027-01-13, rate 95.50 EUR/h.
        // Week 1: capacity 5 x 480 = 2400; apollo 20 h/week = 240 min a day x 5 = 1200 min, 20 h x 95.50 = 1910.00;
        //   borealis 7 % of 480 = 33.6 -> 34 min x 5 = 170 min, 170 / 60 x 95.50 = 270.583 -> 270.58 (rounded hours
        //   would give 2.83 x 95.50 = 270.27); confirmed 1370; requested cassini 8 h / 5 = 96 min x 5 = 480.
        // Week 2: capacity 4 x 480 = 1920; apollo 4 x 240 = 960 min, 16 h x 95.50 = 1528.00; requested 4 x 96 = 384.
        List<WeekFigures> weeks = WeeklyFigures.of(withHoliday(jan(13)), new DateRange(MONDAY, jan(17)),
                fullTime("8"), ALLOCATIONS, d("95.50"), "EUR");

        assertThat(weeks).containsExactly(
                new WeekFigures(MONDAY, jan(10), 2400, 1370, 480, List.of(
                        new ProjectWeek("apollo", 1200, d("1910.00"), "EUR"),
                        new ProjectWeek("borealis", 170, d("270.58"), "EUR"))),
                new WeekFigures(jan(11), jan(17), 1920, 960, 384, List.of(
                        new ProjectWeek("apollo", 960, d("1528.00"), "EUR"))));
    }

    @Test
    void clipsTheFirstAndLastWeekToTheRangeAndLeavesCostsOutWithoutARate() {
        // Wed 2027-01-06 to Tue 2027-01-12: Wed-Fri 3 x 480 = 1440, apollo 3 x 240 = 720; Mon-Tue 960 and 480
        List<WeekFigures> weeks = WeeklyFigures.of(TenantCalendar.MONDAY_TO_FRIDAY, new DateRange(jan(6), jan(12)),
                fullTime("8"), ALLOCATIONS.subList(0, 1), null, null);

        assertThat(weeks).containsExactly(
                new WeekFigures(jan(6), jan(10), 1440, 720, 0, List.of(new ProjectWeek("apollo", 720, null, null))),
                new WeekFigures(jan(11), jan(12), 960, 480, 0, List.of(new ProjectWeek("apollo", 480, null, null))));
    }
}
