package io.pmo.project.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.pmo.events.common.Money;
import io.pmo.events.project.DependencyType;
import io.pmo.events.project.EarnedValueMethod;
import io.pmo.events.project.TaskDependency;
import io.pmo.project.command.schedule.WorkingCalendar;
import io.pmo.project.query.ProjectPlan.PlannedTask;
import io.pmo.project.query.ProjectSchedule.ScheduledTask;

/**
 * A plan becomes a dated schedule, computed by hand on a Monday-to-Friday calendar from Monday 4 January 2027:
 * Build (summary) > Design 5 days, Code 10 days after Design; Go live (milestone) after Code.
 */
class ProjectSchedulerTests {

    private static final LocalDate MONDAY = LocalDate.of(2027, 1, 4);

    private final ProjectPlan plan = new ProjectPlan("p-1", "acme", MONDAY, LocalDate.of(2027, 1, 29), null, null,
            null, "EUR", List.of(
                    task("build", null, "Build", 0, null),
                    task("design", "build", "Design", 5, Money.of("10000.00", "EUR")),
                    task("code", "build", "Code", 10, Money.of("25000.50", "EUR"), "design"),
                    task("live", null, "Go live", 0, null, "code")),
            8, Instant.parse("2027-01-01T00:00:00Z"), "e-8");

    @Test
    void datesEveryTaskAndRollsSummaryTasksUp() {
        ProjectSchedule schedule = ProjectScheduler.schedule(plan, WorkingCalendar.mondayToFriday(), null);

        assertThat(schedule.projectStart()).isEqualTo(MONDAY);
        assertThat(schedule.earlyFinish()).isEqualTo(LocalDate.of(2027, 1, 22));
        assertThat(schedule.durationDays()).isEqualTo(15);
        // Planned to finish Friday 29 January (finish day 20): the network finishes 5 working days earlier.
        assertThat(schedule.finishVarianceDays()).isEqualTo(-5);
        assertThat(schedule.version()).isEqualTo(8);
        assertThat(schedule.tasks()).extracting(ScheduledTask::taskId).containsExactly("build", "design", "code",
                "live");
        assertThat(schedule.tasks().get(1)).isEqualTo(new ScheduledTask("design", "build", "Design", false, false, 5,
                MONDAY, LocalDate.of(2027, 1, 8), MONDAY, LocalDate.of(2027, 1, 8), 0, 5, 0, 5, 0, 0, true,
                Money.of("10000.00", "EUR")));
        assertThat(schedule.tasks().get(2)).isEqualTo(new ScheduledTask("code", "build", "Code", false, false, 10,
                LocalDate.of(2027, 1, 11), LocalDate.of(2027, 1, 22), LocalDate.of(2027, 1, 11),
                LocalDate.of(2027, 1, 22), 5, 15, 5, 15, 0, 0, true, Money.of("25000.50", "EUR")));
        // The milestone is reached at the end of Code's last day.
        assertThat(schedule.tasks().get(3)).isEqualTo(new ScheduledTask("live", null, "Go live", false, true, 0,
                LocalDate.of(2027, 1, 22), LocalDate.of(2027, 1, 22), LocalDate.of(2027, 1, 22),
                LocalDate.of(2027, 1, 22), 15, 15, 15, 15, 0, 0, true, null));
        assertThat(schedule.tasks().get(0)).isEqualTo(new ScheduledTask("build", null, "Build", true, false, 15, MONDAY,
                LocalDate.of(2027, 1, 22), MONDAY, LocalDate.of(2027, 1, 22), 0, 15, 0, 15, 0, null, true,
                Money.of("35000.50", "EUR")));
        assertThat(schedule.criticalPaths()).containsExactly(List.of("design", "code", "live"));
    }

    @Test
    void aFinishImposedBeforeTheNetworksGivesNegativeFloat() {
        // By Wednesday 20 January = finish day 13, two working days before the network's finish day 15.
        ProjectSchedule schedule = ProjectScheduler.schedule(plan, WorkingCalendar.mondayToFriday(),
                LocalDate.of(2027, 1, 20));

        assertThat(schedule.mustFinishBy()).isEqualTo(LocalDate.of(2027, 1, 20));
        assertThat(schedule.tasks()).allSatisfy(task -> assertThat(task.totalFloat()).isEqualTo(-2));
        // Design's late start lies two working days before the project's start.
        assertThat(schedule.tasks().get(1).lateStart()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void anEmptyPlanFinishesWhereItStarts() {
        ProjectPlan empty = new ProjectPlan("p-2", "acme", LocalDate.of(2027, 1, 2), LocalDate.of(2027, 1, 2), null,
                null, null, null, List.of(), 0, Instant.parse("2027-01-01T00:00:00Z"), "e-0");

        ProjectSchedule schedule = ProjectScheduler.schedule(empty, WorkingCalendar.mondayToFriday(), null);

        assertThat(schedule.projectStart()).isEqualTo(MONDAY);
        assertThat(schedule.earlyFinish()).isEqualTo(MONDAY);
        assertThat(schedule.tasks()).isEmpty();
    }

    private static PlannedTask task(String id, String parent, String name, int days, Money cost,
            String... predecessors) {
        return new PlannedTask(id, parent, name, days, cost, EarnedValueMethod.PERCENT_COMPLETE, List.of(),
                java.util.Arrays.stream(predecessors).map(p -> new TaskDependency(p, DependencyType.FS, 0)).toList());
    }
}
