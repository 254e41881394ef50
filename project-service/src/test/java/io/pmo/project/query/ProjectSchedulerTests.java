package io.pmo.project.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.pmo.events.common.Money;
import io.pmo.events.project.CalendarDay;
import io.pmo.events.project.DependencyType;
import io.pmo.events.project.EarnedValueMethod;
import io.pmo.events.project.TaskDependency;
import io.pmo.project.schedule.WorkingCalendar;
import io.pmo.project.query.ProjectPlan.PlannedTask;
import io.pmo.project.query.ProjectSchedule.ScheduledTask;

/**
 * A plan becomes a dated schedule, computed by hand on a Monday-to-Friday calendar from Monday 4 January 2027:
 * Build (summary) > Design 5 days, Code 10 days after Design; Go live (milestone) after Code. Then the same plan
 * on an enterprise calendar with a holiday, and with the project's own exceptions on top.
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
                Money.of("10000.00", "EUR"), null, null, false));
        assertThat(schedule.tasks().get(2)).isEqualTo(new ScheduledTask("code", "build", "Code", false, false, 10,
                LocalDate.of(2027, 1, 11), LocalDate.of(2027, 1, 22), LocalDate.of(2027, 1, 11),
                LocalDate.of(2027, 1, 22), 5, 15, 5, 15, 0, 0, true, Money.of("25000.50", "EUR"), null, null, false));
        // The milestone is reached at the end of Code's last day.
        assertThat(schedule.tasks().get(3)).isEqualTo(new ScheduledTask("live", null, "Go live", false, true, 0,
                LocalDate.of(2027, 1, 22), LocalDate.of(2027, 1, 22), LocalDate.of(2027, 1, 22),
                LocalDate.of(2027, 1, 22), 15, 15, 15, 15, 0, 0, true, null, null, null, false));
        assertThat(schedule.tasks().get(0)).isEqualTo(new ScheduledTask("build", null, "Build", true, false, 15, MONDAY,
                LocalDate.of(2027, 1, 22), MONDAY, LocalDate.of(2027, 1, 22), 0, 15, 0, 15, 0, null, true,
                Money.of("35000.50", "EUR"), null, null, false));
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
    void aMilestoneTargetBeforeTheNetworksDateGivesItsChainNegativeFloat() {
        // Go live is reached on Friday 22 January; its target is Wednesday 20 January: 2 working days short.
        PlannedTask live = plan.tasks().get(3);
        ProjectPlan targeted = new ProjectPlan(plan.projectId(), plan.tenantId(), plan.plannedStart(),
                plan.plannedFinish(), null, null, null, "EUR", List.of(plan.tasks().get(0), plan.tasks().get(1),
                        plan.tasks().get(2), new PlannedTask(live.taskId(), null, live.name(), 0, null,
                                EarnedValueMethod.PERCENT_COMPLETE, List.of(), live.predecessors(),
                                LocalDate.of(2027, 1, 20), null, false)),
                9, Instant.parse("2027-01-01T00:00:00Z"), "e-9");

        ProjectSchedule schedule = ProjectScheduler.schedule(targeted, WorkingCalendar.mondayToFriday(), null);

        assertThat(schedule.tasks()).extracting(ScheduledTask::totalFloat).containsExactly(-2, -2, -2, -2);
        assertThat(schedule.tasks().get(3).targetDate()).isEqualTo(LocalDate.of(2027, 1, 20));
        assertThat(schedule.tasks().get(3).lateFinish()).isEqualTo(LocalDate.of(2027, 1, 20));
        assertThat(schedule.earlyFinish()).isEqualTo(LocalDate.of(2027, 1, 22));
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

    // --- calendars: Wednesday 13 January 2027 is a holiday of the tenant --------------------------------------

    private static final LocalDate HOLIDAY = LocalDate.of(2027, 1, 13);

    private static final WorkingCalendar WITH_HOLIDAY = WorkingCalendar.of(
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), Set.of(HOLIDAY));

    @Test
    void aHolidayOfTheEnterpriseCalendarMovesEveryLaterDate() {
        ProjectSchedule schedule = ProjectScheduler.schedule(plan, WITH_HOLIDAY, null);

        // Design Mon 4 - Fri 8 as before; Code's 10 days skip Wed 13: 11, 12, 14, 15, 18-22, 25.
        ScheduledTask code = schedule.tasks().get(2);
        assertThat(code.earlyStart()).isEqualTo(LocalDate.of(2027, 1, 11));
        assertThat(code.earlyFinish()).isEqualTo(LocalDate.of(2027, 1, 25));
        assertThat(schedule.earlyFinish()).isEqualTo(LocalDate.of(2027, 1, 25));
        assertThat(schedule.durationDays()).isEqualTo(15);
        // Up to Fri 29 January there are now 19 working days: the network finishes 4 earlier.
        assertThat(schedule.finishVarianceDays()).isEqualTo(-4);
    }

    @Test
    void theProjectsOwnExceptionsLieOnTopOfTheEnterpriseCalendar() {
        // The project takes Fri 8 off and works Sat 16.
        ProjectPlan withExceptions = withExceptions(new CalendarDay(LocalDate.of(2027, 1, 16), true),
                new CalendarDay(LocalDate.of(2027, 1, 8), false));

        ProjectSchedule schedule = ProjectScheduler.schedule(withExceptions, WITH_HOLIDAY, null);

        // Design: 4, 5, 6, 7, 11. Code: 12, 14, 15, 16 (Saturday), 18-22, 25.
        assertThat(schedule.tasks().get(1).earlyFinish()).isEqualTo(LocalDate.of(2027, 1, 11));
        assertThat(schedule.tasks().get(2).earlyStart()).isEqualTo(LocalDate.of(2027, 1, 12));
        assertThat(schedule.tasks().get(2).earlyFinish()).isEqualTo(LocalDate.of(2027, 1, 25));
        assertThat(schedule.tasks().get(3).earlyFinish()).isEqualTo(LocalDate.of(2027, 1, 25));
    }

    @Test
    void aProjectMayWorkAnEnterpriseHoliday() {
        ProjectSchedule schedule = ProjectScheduler.schedule(withExceptions(new CalendarDay(HOLIDAY, true)),
                WITH_HOLIDAY, null);

        // Code: 11-15, 18-22, as on a calendar without the holiday.
        assertThat(schedule.tasks().get(2).earlyFinish()).isEqualTo(LocalDate.of(2027, 1, 22));
        assertThat(schedule.finishVarianceDays()).isEqualTo(-5);
    }

    private ProjectPlan withExceptions(CalendarDay... exceptions) {
        return new ProjectPlan(plan.projectId(), plan.tenantId(), plan.plannedStart(), plan.plannedFinish(), null,
                null, null, "EUR", plan.tasks(), plan.version(), plan.updatedAt(), plan.lastEventId(),
                List.of(exceptions), Map.of());
    }

    private static PlannedTask task(String id, String parent, String name, int days, Money cost,
            String... predecessors) {
        return new PlannedTask(id, parent, name, days, cost, EarnedValueMethod.PERCENT_COMPLETE, List.of(),
                java.util.Arrays.stream(predecessors).map(p -> new TaskDependency(p, DependencyType.FS, 0)).toList());
    }
}
