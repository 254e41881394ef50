package io.pmo.project.query;

import java.time.LocalDate;
import java.util.List;

import io.pmo.project.schedule.DatedTask;
import io.pmo.project.schedule.Dependency;
import io.pmo.project.schedule.DependencyType;
import io.pmo.project.schedule.WbsSchedule;
import io.pmo.project.schedule.WbsTask;
import io.pmo.project.schedule.WorkingCalendar;
import io.pmo.project.query.ProjectPlan.PlannedTask;
import io.pmo.project.query.ProjectSchedule.ScheduledTask;

/**
 * Turns a {@link ProjectPlan} into its {@link ProjectSchedule} through {@link WbsSchedule}, on the tenant's
 * enterprise calendar with the project's own calendar exceptions on top.
 */
public final class ProjectScheduler {

    private ProjectScheduler() {
    }

    /**
     * @param enterpriseCalendar the tenant's calendar; the plan's own calendar exceptions are laid on top of it
     * @param mustFinishBy an imposed finish for the backward pass, or null
     */
    public static ProjectSchedule schedule(ProjectPlan plan, WorkingCalendar enterpriseCalendar,
            LocalDate mustFinishBy) {
        WorkingCalendar calendar = enterpriseCalendar.withExceptions(plan.calendarExceptionsByDate());
        WbsSchedule schedule = WbsSchedule.of(wbs(plan), plan.plannedStart(), calendar, mustFinishBy);
        List<ScheduledTask> tasks = plan.tasks().stream().map(task -> view(task, schedule.tasks().get(task.taskId())))
                .toList();
        int plannedFinishDay = calendar.finishDayOf(plan.plannedStart(), plan.plannedFinish());
        return new ProjectSchedule(plan.projectId(), plan.version(), schedule.start(), schedule.earlyFinish(),
                schedule.finishDay(), plan.plannedFinish(), schedule.finishDay() - plannedFinishDay, mustFinishBy, tasks,
                schedule.criticalPaths());
    }

    /** The plan's tasks as the scheduler needs them. */
    public static List<WbsTask> wbs(ProjectPlan plan) {
        return plan.tasks().stream().map(task -> new WbsTask(task.taskId(), task.parentTaskId(), task.durationDays(),
                task.plannedCost(), task.predecessors().stream().map(link -> new Dependency(link.predecessorTaskId(),
                        DependencyType.valueOf(link.type().name()), link.lagDays())).toList(), task.targetDate()))
                .toList();
    }

    private static ScheduledTask view(PlannedTask task, DatedTask dated) {
        return new ScheduledTask(task.taskId(), task.parentTaskId(), task.name(), dated.summary(), dated.milestone(),
                dated.durationDays(), dated.earlyStart(), dated.earlyFinish(), dated.lateStart(), dated.lateFinish(),
                dated.earlyStartDay(), dated.earlyFinishDay(), dated.lateStartDay(), dated.lateFinishDay(),
                dated.totalFloat(), dated.freeFloat(), dated.critical(), dated.plannedCost(), task.targetDate(),
                task.reachedOn(), task.missed());
    }
}
