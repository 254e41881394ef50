package io.pmo.project.query;

import java.time.LocalDate;
import java.util.List;

import io.pmo.events.common.Money;

/**
 * A project's schedule by the critical path method, in dates of its working calendar and in day numbers
 * (day 0 = the first working day on or after the planned start; finishes exclusive as day numbers, inclusive
 * as dates: the last day of work).
 *
 * @param earlyFinish the date the network lets the project finish (its last day of work)
 * @param finishVarianceDays working days the early finish lies after the planned finish (negative: before)
 * @param mustFinishBy the finish imposed on the backward pass, if the caller gave one
 * @param criticalPaths chains of task ids with the least total float
 */
public record ProjectSchedule(String projectId, long version, LocalDate projectStart, LocalDate earlyFinish,
        int durationDays, LocalDate plannedFinish, int finishVarianceDays, LocalDate mustFinishBy,
        List<ScheduledTask> tasks, List<List<String>> criticalPaths) {

    /**
     * One task. A summary task's dates, float and cost roll up from its subtasks (earliest start, latest finish,
     * least total float, sum of costs); it has no free float of its own. A milestone shows its target date (a
     * finish-no-later-than constraint of the schedule), when it was reached and whether its target passed.
     */
    public record ScheduledTask(String taskId, String parentTaskId, String name, boolean summary, boolean milestone,
            int durationDays, LocalDate earlyStart, LocalDate earlyFinish, LocalDate lateStart, LocalDate lateFinish,
            int earlyStartDay, int earlyFinishDay, int lateStartDay, int lateFinishDay, int totalFloat,
            Integer freeFloat, boolean critical, Money plannedCost, LocalDate targetDate, LocalDate reachedOn,
            boolean missed) {
    }
}
