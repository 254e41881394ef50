package io.pmo.project.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.pmo.events.common.Money;
import io.pmo.platform.bounds.InputBounds;

/**
 * A work breakdown structure scheduled by the critical path method and dated on a working calendar: the leaf
 * tasks are the network's activities, summary tasks roll up from them. Used for the schedule the API shows and
 * for the dates a baseline freezes, so both always agree.
 *
 * @param start the date of day 0 (the first working day on or after the planned start)
 * @param earlyFinish the project's last day of work (day 0's date for an empty plan)
 * @param finishDay the project's early finish as an exclusive day number (its duration in working days)
 * @param tasks by task id, in the order given
 */
public record WbsSchedule(LocalDate start, LocalDate earlyFinish, int finishDay, Map<String, DatedTask> tasks,
        List<List<String>> criticalPaths) {

    /**
     * @param imposedFinish a date the project must finish by (its last day of work), or null
     */
    public static WbsSchedule of(List<WbsTask> wbs, LocalDate plannedStart, WorkingCalendar calendar,
            LocalDate imposedFinish) {
        Map<String, List<WbsTask>> children = new HashMap<>();
        wbs.stream().filter(task -> task.parentTaskId() != null)
                .forEach(task -> children.computeIfAbsent(task.parentTaskId(), id -> new ArrayList<>()).add(task));
        List<Activity> activities = wbs.stream().filter(task -> !children.containsKey(task.taskId()))
                .map(task -> new Activity(task.taskId(), task.durationDays(), task.predecessors(), null,
                        task.targetDate() == null ? null : calendar.finishDayOf(plannedStart, task.targetDate())))
                .toList();
        Integer imposed = imposedFinish == null ? null : calendar.finishDayOf(plannedStart, imposedFinish);
        Schedule schedule = CriticalPathMethod.schedule(activities, imposed);
        Map<String, ScheduledActivity> leaves = schedule.byId();
        requireWithinHorizon(leaves.values(), plannedStart, calendar);
        Map<String, DatedTask> dated = new LinkedHashMap<>();
        for (WbsTask task : wbs) {
            ScheduledActivity leaf = leaves.get(task.taskId());
            dated.put(task.taskId(), leaf != null ? leaf(task, leaf, calendar, plannedStart)
                    : summary(task, children, leaves, calendar, plannedStart));
        }
        int finishDay = schedule.earlyFinish();
        return new WbsSchedule(calendar.dateOf(plannedStart, 0),
                calendar.dateOf(plannedStart, Math.max(finishDay - 1, 0)), finishDay, dated, schedule.criticalPaths());
    }

    /** Every date of the schedule within the business dates, checked at its first and last day numbers. */
    private static void requireWithinHorizon(java.util.Collection<ScheduledActivity> activities,
            LocalDate plannedStart, WorkingCalendar calendar) {
        int first = Math.min(0, activities.stream().mapToInt(a -> Math.min(a.earlyStart(), a.lateStart())).min()
                .orElse(0));
        // finishes are exclusive day numbers: the last day of work is the one before
        int last = activities.stream().mapToInt(a -> Math.max(a.earlyFinish(), a.lateFinish())).max().orElse(0) - 1;
        if (calendar.dateOf(plannedStart, first).isBefore(InputBounds.EARLIEST_DATE)
                || calendar.dateOf(plannedStart, Math.max(last, 0)).isAfter(InputBounds.LATEST_DATE)) {
            throw new ScheduleHorizonException(InputBounds.EARLIEST_DATE, InputBounds.LATEST_DATE);
        }
    }

    private static DatedTask leaf(WbsTask task, ScheduledActivity leaf, WorkingCalendar calendar, LocalDate start) {
        boolean milestone = task.durationDays() == 0;
        LocalDate earlyFinish = calendar.finishDateOf(start, leaf.earlyStart(), leaf.earlyFinish());
        LocalDate lateFinish = calendar.finishDateOf(start, leaf.lateStart(), leaf.lateFinish());
        return new DatedTask(task.taskId(), false, milestone, task.durationDays(),
                milestone ? earlyFinish : calendar.dateOf(start, leaf.earlyStart()), earlyFinish,
                milestone ? lateFinish : calendar.dateOf(start, leaf.lateStart()), lateFinish, leaf.earlyStart(),
                leaf.earlyFinish(), leaf.lateStart(), leaf.lateFinish(), leaf.totalFloat(), leaf.freeFloat(),
                leaf.critical(), task.plannedCost());
    }

    private static DatedTask summary(WbsTask task, Map<String, List<WbsTask>> children,
            Map<String, ScheduledActivity> leaves, WorkingCalendar calendar, LocalDate start) {
        List<ScheduledActivity> descendants = new ArrayList<>();
        List<Money> costs = new ArrayList<>();
        collectLeaves(task.taskId(), children, leaves, descendants, costs);
        int earlyStart = descendants.stream().mapToInt(ScheduledActivity::earlyStart).min().orElse(0);
        int earlyFinish = descendants.stream().mapToInt(ScheduledActivity::earlyFinish).max().orElse(0);
        int lateStart = descendants.stream().mapToInt(ScheduledActivity::lateStart).min().orElse(0);
        int lateFinish = descendants.stream().mapToInt(ScheduledActivity::lateFinish).max().orElse(0);
        int totalFloat = descendants.stream().mapToInt(ScheduledActivity::totalFloat).min().orElse(0);
        return new DatedTask(task.taskId(), true, false, earlyFinish - earlyStart, calendar.dateOf(start, earlyStart),
                calendar.finishDateOf(start, earlyStart, earlyFinish), calendar.dateOf(start, lateStart),
                calendar.finishDateOf(start, lateStart, lateFinish), earlyStart, earlyFinish, lateStart, lateFinish,
                totalFloat, null, descendants.stream().anyMatch(ScheduledActivity::critical),
                costs.stream().reduce(Money::plus).orElse(null));
    }

    private static void collectLeaves(String taskId, Map<String, List<WbsTask>> children,
            Map<String, ScheduledActivity> leaves, List<ScheduledActivity> descendants, List<Money> costs) {
        for (WbsTask child : children.getOrDefault(taskId, List.of())) {
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

    /** The planned cost of the leaf tasks, summed; null when none has a cost. */
    public Money budgetAtCompletion() {
        return tasks.values().stream().filter(task -> !task.summary() && task.plannedCost() != null)
                .map(DatedTask::plannedCost).reduce(Money::plus).orElse(null);
    }
}
