package io.pmo.project.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.pmo.events.common.Money;
import io.pmo.project.command.schedule.Activity;
import io.pmo.project.command.schedule.CriticalPathMethod;
import io.pmo.project.command.schedule.Dependency;
import io.pmo.project.command.schedule.DependencyType;
import io.pmo.project.command.schedule.Schedule;
import io.pmo.project.command.schedule.ScheduledActivity;
import io.pmo.project.command.schedule.WorkingCalendar;
import io.pmo.project.query.ProjectPlan.PlannedTask;
import io.pmo.project.query.ProjectSchedule.ScheduledTask;

/**
 * Turns a {@link ProjectPlan} into its {@link ProjectSchedule}: the leaf tasks are the network's activities,
 * summary tasks roll up from them, day numbers become dates of the working calendar: the tenant's enterprise
 * calendar with the project's own exceptions.
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
        LocalDate start = plan.plannedStart();
        Map<String, List<PlannedTask>> children = new HashMap<>();
        plan.tasks().stream().filter(task -> task.parentTaskId() != null)
                .forEach(task -> children.computeIfAbsent(task.parentTaskId(), id -> new ArrayList<>()).add(task));
        List<Activity> activities = plan.tasks().stream().filter(task -> !children.containsKey(task.taskId()))
                .map(ProjectScheduler::activity).toList();
        Integer imposed = mustFinishBy == null ? null : calendar.finishDayOf(start, mustFinishBy);
        Schedule schedule = CriticalPathMethod.schedule(activities, imposed);
        Map<String, ScheduledActivity> leaves = schedule.byId();

        List<ScheduledTask> scheduled = plan.tasks().stream()
                .map(task -> scheduledTask(task, children, leaves, calendar, start)).toList();
        int finishDay = schedule.earlyFinish();
        LocalDate earlyFinish = finishDay == 0 ? calendar.dateOf(start, 0) : calendar.dateOf(start, finishDay - 1);
        int plannedFinishDay = calendar.finishDayOf(start, plan.plannedFinish());
        return new ProjectSchedule(plan.projectId(), plan.version(), calendar.dateOf(start, 0), earlyFinish, finishDay,
                plan.plannedFinish(), finishDay - plannedFinishDay, mustFinishBy, scheduled,
                schedule.criticalPaths());
    }

    private static Activity activity(PlannedTask task) {
        return new Activity(task.taskId(), task.durationDays(), task.predecessors().stream()
                .map(link -> new Dependency(link.predecessorTaskId(), DependencyType.valueOf(link.type().name()),
                        link.lagDays()))
                .toList(), null, null);
    }

    private static ScheduledTask scheduledTask(PlannedTask task, Map<String, List<PlannedTask>> children,
            Map<String, ScheduledActivity> leaves, WorkingCalendar calendar, LocalDate start) {
        ScheduledActivity leaf = leaves.get(task.taskId());
        if (leaf != null) {
            boolean milestone = task.durationDays() == 0;
            LocalDate earlyFinish = calendar.finishDateOf(start, leaf.earlyStart(), leaf.earlyFinish());
            LocalDate lateFinish = calendar.finishDateOf(start, leaf.lateStart(), leaf.lateFinish());
            // A milestone is a moment: it starts and finishes on the date it is reached.
            return new ScheduledTask(task.taskId(), task.parentTaskId(), task.name(), false, milestone,
                    task.durationDays(), milestone ? earlyFinish : calendar.dateOf(start, leaf.earlyStart()),
                    earlyFinish, milestone ? lateFinish : calendar.dateOf(start, leaf.lateStart()), lateFinish,
                    leaf.earlyStart(),
                    leaf.earlyFinish(), leaf.lateStart(), leaf.lateFinish(), leaf.totalFloat(), leaf.freeFloat(),
                    leaf.critical(), task.plannedCost());
        }
        List<ScheduledActivity> descendants = new ArrayList<>();
        List<Money> costs = new ArrayList<>();
        collectLeaves(task.taskId(), children, leaves, descendants, costs);
        int earlyStart = descendants.stream().mapToInt(ScheduledActivity::earlyStart).min().orElse(0);
        int earlyFinish = descendants.stream().mapToInt(ScheduledActivity::earlyFinish).max().orElse(0);
        int lateStart = descendants.stream().mapToInt(ScheduledActivity::lateStart).min().orElse(0);
        int lateFinish = descendants.stream().mapToInt(ScheduledActivity::lateFinish).max().orElse(0);
        int totalFloat = descendants.stream().mapToInt(ScheduledActivity::totalFloat).min().orElse(0);
        Money cost = costs.stream().reduce(Money::plus).orElse(null);
        return new ScheduledTask(task.taskId(), task.parentTaskId(), task.name(), true, false,
                earlyFinish - earlyStart, calendar.dateOf(start, earlyStart),
                calendar.finishDateOf(start, earlyStart, earlyFinish), calendar.dateOf(start, lateStart),
                calendar.finishDateOf(start, lateStart, lateFinish), earlyStart, earlyFinish, lateStart, lateFinish,
                totalFloat, null, descendants.stream().anyMatch(ScheduledActivity::critical), cost);
    }

    private static void collectLeaves(String taskId, Map<String, List<PlannedTask>> children,
            Map<String, ScheduledActivity> leaves, List<ScheduledActivity> descendants, List<Money> costs) {
        for (PlannedTask child : children.getOrDefault(taskId, List.of())) {
            ScheduledActivity leaf = leaves.get(child.taskId());
            if (leaf != null) {
                descendants.add(leaf);
                if (child.plannedCost() != null) {
                    costs.add(child.plannedCost());
                }
            }
            else {
                collectLeaves(child.taskId(), children, leaves, descendants, costs);
            }
        }
    }
}
