package io.pmo.project.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The critical path method against published networks (each cited where it is used) and hand-computed
 * precedence networks. Expected rows are (id, duration, ES, EF, LS, LF, total float, free float, critical) in
 * the conventions of {@link CriticalPathMethod}: day 0 first, finishes exclusive, which is the convention of
 * the cited examples too (an activity of 4 days starting at 0 finishes at 4).
 */
class CriticalPathMethodTests {

    /**
     * C. Hendrickson, <i>Project Management for Construction</i>, 2nd ed. (2008), ch. 10 "Fundamental
     * Scheduling Procedures", Example 10-1: the nine activities of a site preparation project (Table 10-1),
     * and their earliest and latest start times (Table 10-4): A 0/0, B 0/9, C 4/4, D 4/15, E 12/13, F 12/12,
     * G 21/22, H 21/25, I 24/24, project duration 30 days, critical path A-C-F-I. Finishes and free floats
     * are derived from those by hand.
     */
    @Test
    void hendricksonSitePreparationProject() {
        Schedule schedule = CriticalPathMethod.schedule(List.of(
                Activity.after("A", 4), // site clearing
                Activity.after("B", 3), // removal of trees
                Activity.after("C", 8, "A"), // general excavation
                Activity.after("D", 7, "A"), // grading general area
                Activity.after("E", 9, "B", "C"), // excavation for trenches
                Activity.after("F", 12, "B", "C"), // placing formwork and reinforcement for concrete
                Activity.after("G", 2, "D", "E"), // installing sewer lines
                Activity.after("H", 5, "D", "E"), // installing other utilities
                Activity.after("I", 6, "F", "G"))); // pouring concrete

        assertThat(schedule.earlyFinish()).isEqualTo(30);
        assertThat(schedule.activities()).containsExactlyInAnyOrder(
                row("A", 4, 0, 4, 0, 4, 0, 0, true),
                row("B", 3, 0, 3, 9, 12, 9, 9, false),
                row("C", 8, 4, 12, 4, 12, 0, 0, true),
                row("D", 7, 4, 11, 15, 22, 11, 10, false),
                row("E", 9, 12, 21, 13, 22, 1, 0, false),
                row("F", 12, 12, 24, 12, 24, 0, 0, true),
                row("G", 2, 21, 23, 22, 24, 1, 1, false),
                row("H", 5, 21, 26, 25, 30, 4, 4, false),
                row("I", 6, 24, 30, 24, 30, 0, 0, true));
        assertThat(schedule.criticalPaths()).containsExactly(List.of("A", "C", "F", "I"));
    }

    /**
     * Construction scheduling course notes, "Critical Path", Example 1 (activity-on-node network with forward
     * and backward pass solved on the diagram; published at scribd.com/document/734694019): A 4; B 7 after A;
     * C 5 after A; D 8 after B; E 5 after B, C; F 2 after C; G 1 after D, E, F. Published: A 0-4/0-4, B 4-11/4-11,
     * C 4-9/9-14, D 11-19/11-19, E 11-16/14-19, F 9-11/17-19, G 19-20/19-20. Free floats by hand.
     */
    @Test
    void courseNotesExampleOne() {
        Schedule schedule = CriticalPathMethod.schedule(List.of(
                Activity.after("A", 4),
                Activity.after("B", 7, "A"),
                Activity.after("C", 5, "A"),
                Activity.after("D", 8, "B"),
                Activity.after("E", 5, "B", "C"),
                Activity.after("F", 2, "C"),
                Activity.after("G", 1, "D", "E", "F")));

        assertThat(schedule.earlyFinish()).isEqualTo(20);
        assertThat(schedule.activities()).containsExactlyInAnyOrder(
                row("A", 4, 0, 4, 0, 4, 0, 0, true),
                row("B", 7, 4, 11, 4, 11, 0, 0, true),
                row("C", 5, 4, 9, 9, 14, 5, 0, false),
                row("D", 8, 11, 19, 11, 19, 0, 0, true),
                row("E", 5, 11, 16, 14, 19, 3, 3, false),
                row("F", 2, 9, 11, 17, 19, 8, 8, false),
                row("G", 1, 19, 20, 19, 20, 0, 0, true));
        assertThat(schedule.criticalPaths()).containsExactly(List.of("A", "B", "D", "G"));
    }

    /**
     * The same course notes, Example 2: A 2; B 5 after A; C 9 after A; D 3 after A; E 6 after B; F 4 after B, C;
     * G 2 after C, D; H 4 after E, F; I 2 after G, H. Published: A 0-2, B 2-7/4-9, C 2-11/2-11, D 2-5/14-17,
     * E 7-13/9-15, F 11-15/11-15, G 11-13/17-19, H 15-19/15-19, I 19-21/19-21. Free floats by hand.
     */
    @Test
    void courseNotesExampleTwo() {
        Schedule schedule = CriticalPathMethod.schedule(List.of(
                Activity.after("A", 2),
                Activity.after("B", 5, "A"),
                Activity.after("C", 9, "A"),
                Activity.after("D", 3, "A"),
                Activity.after("E", 6, "B"),
                Activity.after("F", 4, "B", "C"),
                Activity.after("G", 2, "C", "D"),
                Activity.after("H", 4, "E", "F"),
                Activity.after("I", 2, "G", "H")));

        assertThat(schedule.earlyFinish()).isEqualTo(21);
        assertThat(schedule.activities()).containsExactlyInAnyOrder(
                row("A", 2, 0, 2, 0, 2, 0, 0, true),
                row("B", 5, 2, 7, 4, 9, 2, 0, false),
                row("C", 9, 2, 11, 2, 11, 0, 0, true),
                row("D", 3, 2, 5, 14, 17, 12, 6, false),
                row("E", 6, 7, 13, 9, 15, 2, 2, false),
                row("F", 4, 11, 15, 11, 15, 0, 0, true),
                row("G", 2, 11, 13, 17, 19, 6, 6, false),
                row("H", 4, 15, 19, 15, 19, 0, 0, true),
                row("I", 2, 19, 21, 19, 21, 0, 0, true));
        assertThat(schedule.criticalPaths()).containsExactly(List.of("A", "C", "F", "H", "I"));
    }

    /**
     * Hand-computed precedence network with every link type, a lag and a lead:
     * A 10; B 6 starts 3 days after A starts (SS+3); C 4 finishes 2 days after A finishes (FF+2); D 5 after B
     * (FS) and after C with a one-day lead (FS-1). Forward: B 3-9, C 12-4=8..12, D max(9, 12-1)=11..16.
     * Backward from 16: D 11-16; C LF min(16, 11+1)=12; B LF 11; A LF min(16, B: 5-3+10=12, C: 12-2=10)=10.
     */
    @Test
    void precedenceNetworkWithStartToStartFinishToFinishLagAndLead() {
        Schedule schedule = CriticalPathMethod.schedule(List.of(
                Activity.of("A", 10),
                Activity.of("B", 6, new Dependency("A", DependencyType.SS, 3)),
                Activity.of("C", 4, new Dependency("A", DependencyType.FF, 2)),
                Activity.of("D", 5, Dependency.after("B"), new Dependency("C", DependencyType.FS, -1))));

        assertThat(schedule.earlyFinish()).isEqualTo(16);
        assertThat(schedule.activities()).containsExactlyInAnyOrder(
                row("A", 10, 0, 10, 0, 10, 0, 0, true),
                row("B", 6, 3, 9, 5, 11, 2, 2, false),
                row("C", 4, 8, 12, 8, 12, 0, 0, true),
                row("D", 5, 11, 16, 11, 16, 0, 0, true));
        assertThat(schedule.criticalPaths()).containsExactly(List.of("A", "C", "D"));
    }

    /**
     * A start-to-start successor can finish before its long predecessor: the predecessor still may not finish
     * after the project, so its late finish is bounded by the project finish, not only by the link.
     */
    @Test
    void aPredecessorOfAStartToStartLinkStillFinishesWithinTheProject() {
        Schedule schedule = CriticalPathMethod.schedule(List.of(
                Activity.of("A", 10),
                Activity.of("B", 2, new Dependency("A", DependencyType.SS, 0))));

        assertThat(schedule.earlyFinish()).isEqualTo(10);
        assertThat(schedule.activity("A")).contains(row("A", 10, 0, 10, 0, 10, 0, 0, true));
        assertThat(schedule.activity("B")).contains(row("B", 2, 0, 2, 8, 10, 8, 8, false));
    }

    /**
     * Example one with a milestone "structure done" after D that must be reached by day 17: D finishes at 19,
     * so the milestone and the chain driving it have 2 days of negative float, reported as such; the least
     * float chain is the critical path.
     */
    @Test
    void aMilestoneTargetThatCannotBeMetGivesNegativeFloat() {
        Schedule schedule = CriticalPathMethod.schedule(List.of(
                Activity.after("A", 4),
                Activity.after("B", 7, "A"),
                Activity.after("C", 5, "A"),
                Activity.after("D", 8, "B"),
                Activity.after("M", 0, "D").finishingNoLaterThan(17),
                Activity.after("E", 5, "B", "C"),
                Activity.after("F", 2, "C"),
                Activity.after("G", 1, "D", "E", "F")));

        assertThat(schedule.activity("M")).contains(row("M", 0, 19, 19, 17, 17, -2, 1, true));
        assertThat(schedule.activity("D")).contains(row("D", 8, 11, 19, 9, 17, -2, 0, true));
        assertThat(schedule.activity("A").orElseThrow().totalFloat()).isEqualTo(-2);
        assertThat(schedule.activity("G")).contains(row("G", 1, 19, 20, 19, 20, 0, 0, true));
        assertThat(schedule.criticalPaths()).containsExactly(List.of("A", "B", "D", "M"));
    }

    @Test
    void anImposedFinishEarlierThanTheComputedOneLowersEveryFloatByTheDifference() {
        Schedule schedule = CriticalPathMethod.schedule(List.of(
                Activity.after("A", 4), Activity.after("B", 7, "A"), Activity.after("C", 5, "A")), 9);

        assertThat(schedule.earlyFinish()).isEqualTo(11);
        assertThat(schedule.imposedFinish()).isEqualTo(9);
        assertThat(schedule.activities()).containsExactly(
                row("A", 4, 0, 4, -2, 2, -2, 0, true),
                row("B", 7, 4, 11, 2, 9, -2, 0, true),
                row("C", 5, 4, 9, 4, 9, 0, 2, true));
        assertThat(schedule.criticalPaths()).containsExactly(List.of("A", "B"));
    }

    @Test
    void aLeadNeverStartsAnActivityBeforeDayZeroAndAStartConstraintDelaysIt() {
        Schedule schedule = CriticalPathMethod.schedule(List.of(
                Activity.of("A", 2),
                Activity.of("B", 3, new Dependency("A", DependencyType.FS, -5)),
                Activity.after("C", 1).startingNoEarlierThan(6)));

        assertThat(schedule.activity("B").orElseThrow().earlyStart()).isZero();
        assertThat(schedule.activity("C").orElseThrow().earlyStart()).isEqualTo(6);
        assertThat(schedule.earlyFinish()).isEqualTo(7);
    }

    @Test
    void anEmptyPlanFinishesOnDayZero() {
        Schedule schedule = CriticalPathMethod.schedule(List.of());

        assertThat(schedule.earlyFinish()).isZero();
        assertThat(schedule.activities()).isEmpty();
        assertThat(schedule.criticalPaths()).isEmpty();
    }

    @Test
    void listsEveryCriticalPathWhenTwoChainsAreEquallyLong() {
        Schedule schedule = CriticalPathMethod.schedule(List.of(
                Activity.after("Start", 0), Activity.after("X", 3, "Start"), Activity.after("Y", 3, "Start"),
                Activity.after("End", 0, "X", "Y")));

        assertThat(schedule.criticalPaths()).containsExactly(List.of("Start", "X", "End"),
                List.of("Start", "Y", "End"));
    }

    @Test
    void namesTheActivitiesOfADependencyCycle() {
        assertThatThrownBy(() -> CriticalPathMethod.schedule(List.of(
                Activity.after("A", 1), Activity.after("B", 1, "A", "D"), Activity.after("C", 1, "B"),
                Activity.after("D", 1, "C"), Activity.after("E", 1, "D"))))
                .isInstanceOfSatisfying(DependencyCycleException.class,
                        ex -> assertThat(ex.cycle()).containsExactly("B", "C", "D", "B"))
                .hasMessage("The dependencies form a cycle: B -> C -> D -> B");
        assertThatThrownBy(() -> CriticalPathMethod.schedule(List.of(Activity.after("A", 1, "A"))))
                .isInstanceOfSatisfying(DependencyCycleException.class,
                        ex -> assertThat(ex.cycle()).containsExactly("A", "A"));
    }

    @Test
    void refusesAnUnknownPredecessorADuplicateIdAndANegativeDuration() {
        assertThatThrownBy(() -> CriticalPathMethod.schedule(List.of(Activity.after("A", 1, "Z"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Z");
        assertThatThrownBy(() -> CriticalPathMethod.schedule(List.of(Activity.after("A", 1), Activity.after("A", 2))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("A");
        assertThatThrownBy(() -> Activity.after("A", -1)).isInstanceOf(IllegalArgumentException.class);
    }

    static ScheduledActivity row(String id, int duration, int es, int ef, int ls, int lf, int totalFloat,
            int freeFloat, boolean critical) {
        return new ScheduledActivity(id, duration, es, ef, ls, lf, totalFloat, freeFloat, critical);
    }
}
