package io.pmo.resource.capacity;

import static io.pmo.resource.capacity.CapacityMother.MONDAY;
import static io.pmo.resource.capacity.CapacityMother.MONDAY_TO_FRIDAY;
import static io.pmo.resource.capacity.CapacityMother.SUNDAY;
import static io.pmo.resource.capacity.CapacityMother.d;
import static io.pmo.resource.capacity.CapacityMother.fullTime;
import static io.pmo.resource.capacity.CapacityMother.jan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Demand versus capacity for a skill, and what-ifs. One week, 2027-01-04 to 2027-01-10, 8 h days (40 h a week):
 * alice (java 4) has 40 h/week confirmed on apollo, bob (java 2) 20 h/week requested on borealis, a java 3
 * placeholder 40 h/week requested on apollo, and carol (no java) 40 h/week confirmed on cassini.
 */
class SkillDemandTests {

    private static final List<SkilledResource> TEAM = List.of(
            resource("alice", Map.of("java", 4), false,
                    allocation("a1", "apollo", "40", AllocationStatus.CONFIRMED)),
            resource("bob", Map.of("java", 2, "sql", 3), false,
                    allocation("b1", "borealis", "20", AllocationStatus.REQUESTED)),
            resource("java-placeholder", Map.of("java", 3), true,
                    allocation("p1", "apollo", "40", AllocationStatus.REQUESTED)),
            resource("carol", Map.of("sql", 5), false,
                    allocation("c1", "cassini", "40", AllocationStatus.CONFIRMED)));

    private static final SkillDemand ONE_WEEK = SkillDemand.over(MONDAY_TO_FRIDAY, new DateRange(MONDAY, SUNDAY),
            Granularity.WEEK);

    @Test
    void placeholdersAddDemandButNoCapacity() {
        // capacity alice 40 + bob 40 = 80 h; demand 40 + 20 + 40 (placeholder) = 100 h; gap +20 h (a shortage)
        assertThat(ONE_WEEK.of(TEAM, "java", 1, WhatIf.NONE))
                .containsExactly(new SkillPeriod(MONDAY, SUNDAY, d("80.00"), d("100.00"), d("20.00")));
    }

    @Test
    void aMinimumLevelLeavesOutTheLessSkilled() {
        // level 3 or more: alice and the placeholder; capacity 40 h, demand 40 + 40 = 80 h, gap 40 h
        assertThat(ONE_WEEK.of(TEAM, "java", 3, WhatIf.NONE))
                .containsExactly(new SkillPeriod(MONDAY, SUNDAY, d("40.00"), d("80.00"), d("40.00")));
    }

    @Test
    void hiresCloseTheGap() {
        // one 8 h hire from Monday adds 40 h: 120 h against 100 h, gap -20 h (spare);
        // one from Wednesday adds 3 x 8 = 24 h: 104 h against 100 h, gap -4 h
        WhatIf fromMonday = new WhatIf(new WhatIf.Hires(1, d("8"), MONDAY), null);
        WhatIf fromWednesday = new WhatIf(new WhatIf.Hires(1, d("8"), jan(6)), null);

        assertThat(ONE_WEEK.of(TEAM, "java", 1, fromMonday))
                .containsExactly(new SkillPeriod(MONDAY, SUNDAY, d("120.00"), d("100.00"), d("-20.00")));
        assertThat(ONE_WEEK.of(TEAM, "java", 1, fromWednesday))
                .containsExactly(new SkillPeriod(MONDAY, SUNDAY, d("104.00"), d("100.00"), d("-4.00")));
    }

    @Test
    void shiftingAProjectBySevenDaysMovesItsLoadIntoTheNextWeek() {
        // two weeks; apollo (alice 40 h, placeholder 40 h) moves +7 days: week 1 keeps bob's 20 h, week 2 gets 80 h;
        // capacity stays 80 h a week. Then -7 days from week 2 moves it back.
        SkillDemand twoWeeks = SkillDemand.over(MONDAY_TO_FRIDAY, new DateRange(MONDAY, jan(17)), Granularity.WEEK);
        WhatIf later = new WhatIf(null, new WhatIf.ProjectShift("apollo", 7));

        List<SkillPeriod> shifted = twoWeeks.of(TEAM, "java", 1, later);

        assertThat(shifted).containsExactly(
                new SkillPeriod(MONDAY, SUNDAY, d("80.00"), d("20.00"), d("-60.00")),
                new SkillPeriod(jan(11), jan(17), d("80.00"), d("80.00"), d("0.00")));
        assertThat(twoWeeks.of(TEAM, "java", 1, WhatIf.NONE)).containsExactly(
                new SkillPeriod(MONDAY, SUNDAY, d("80.00"), d("100.00"), d("20.00")),
                new SkillPeriod(jan(11), jan(17), d("80.00"), d("0.00"), d("-80.00")));
    }

    @Test
    void aShiftAndHiresCombine() {
        // apollo -7 days leaves the week with bob's 20 h (apollo's load falls before the range), plus 2 hires:
        // capacity 80 + 2 x 40 = 160 h, demand 20 h, gap -140 h
        WhatIf both = new WhatIf(new WhatIf.Hires(2, d("8"), MONDAY), new WhatIf.ProjectShift("apollo", -7));

        assertThat(ONE_WEEK.of(TEAM, "java", 1, both))
                .containsExactly(new SkillPeriod(MONDAY, SUNDAY, d("160.00"), d("20.00"), d("-140.00")));
    }

    @Test
    void refusesALevelOutsideOneToFive() {
        assertThatThrownBy(() -> ONE_WEEK.of(TEAM, "java", 6, WhatIf.NONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> resource("dora", Map.of("java", 0), false,
                allocation("d1", "apollo", "8", AllocationStatus.REQUESTED)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java");
        assertThatThrownBy(() -> new WhatIf.Hires(0, d("8"), MONDAY)).isInstanceOf(IllegalArgumentException.class);
    }

    private static SkilledResource resource(String id, Map<String, Integer> skills, boolean placeholder,
                                            Allocation allocation) {
        return new SkilledResource(id, skills, placeholder, fullTime("8"), List.of(allocation));
    }

    private static Allocation allocation(String id, String projectId, String hoursPerWeek, AllocationStatus status) {
        return Allocation.ofHoursPerWeek(id, projectId, MONDAY, jan(8), d(hoursPerWeek), status);
    }
}
