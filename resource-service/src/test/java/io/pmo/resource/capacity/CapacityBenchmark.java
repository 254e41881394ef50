package io.pmo.resource.capacity;

import static io.pmo.resource.capacity.CapacityMother.MONDAY;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.pmo.platform.testing.Timings;

/**
 * How long utilisation takes for 1,000 resources over 52 ISO weeks (each with five allocations, two absences and a
 * part-time period, on a Monday-to-Friday calendar with holidays), and demand versus capacity for one skill over
 * the same people, against a raw baseline in the same JVM: a plain loop that fills and sums the same number of day
 * cells (1,000 x 364), the least any day-by-day computation must do. Not a test (no threshold): run with
 * {@code ./mvnw -B -Pbenchmark -pl resource-service -am test}.
 */
class CapacityBenchmark {

    private static final int RESOURCES = 1_000;

    private static final int WARM_UP = 10;

    private static final int RUNS = 31;

    @Test
    void oneThousandResourcesOverFiftyTwoWeeks() {
        List<SkilledResource> team = CapacityMother.team(RESOURCES, new Random(42));
        DateRange year = new DateRange(MONDAY, MONDAY.plusWeeks(52).minusDays(1));
        TenantCalendar calendar = TenantCalendar.MONDAY_TO_FRIDAY.withHolidays(Set.of(LocalDate.of(2027, 1, 6),
                LocalDate.of(2027, 3, 26), LocalDate.of(2027, 3, 29), LocalDate.of(2027, 5, 6),
                LocalDate.of(2027, 5, 17), LocalDate.of(2027, 10, 3), LocalDate.of(2027, 12, 24),
                LocalDate.of(2027, 12, 27), LocalDate.of(2027, 12, 28)));
        boolean[] working = calendar.workingDayMask(year);

        Timings utilisation = Timings.of(WARM_UP, RUNS, () -> {
            Utilisation weekly = Utilisation.over(calendar, year, Granularity.WEEK);
            long sink = 0;
            for (SkilledResource resource : team) {
                for (PeriodUtilisation row : weekly.of(resource.profile(), resource.allocations())) {
                    sink += row.confirmedHours().unscaledValue().longValue();
                }
            }
            return sink;
        });
        Timings demand = Timings.of(WARM_UP, RUNS, () -> SkillDemand.over(calendar, year, Granularity.WEEK)
                .of(team, "java", 3, WhatIf.NONE).size());
        Timings raw = Timings.of(WARM_UP, RUNS, () -> baseline(working, RESOURCES));
        System.out.printf("%nCapacity math on %d resources x %d days (%d day cells), weekly periods:"
                        + "%n  utilisation of every resource: median %.2f ms, p90 %.2f ms"
                        + "%n  demand vs capacity for one skill: median %.2f ms, p90 %.2f ms"
                        + "%n  raw baseline (fill and sum the same cells): median %.2f ms; ratio %.1f%n",
                RESOURCES, year.days(), (long) RESOURCES * year.days(), utilisation.millis(50),
                utilisation.millis(90), demand.millis(50), demand.millis(90), raw.millis(50),
                utilisation.median() / raw.median());
    }

    /** For each resource, fill a day array from the working days and sum it per week. */
    private static long baseline(boolean[] working, int resources) {
        int[] minutes = new int[working.length];
        long sum = 0;
        for (int r = 0; r < resources; r++) {
            for (int i = 0; i < working.length; i++) {
                minutes[i] = working[i] ? 480 + r % 7 : 0;
            }
            for (int i = 0; i < working.length; i++) {
                sum += minutes[i];
            }
        }
        return sum;
    }


}
