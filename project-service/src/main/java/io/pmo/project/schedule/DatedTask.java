package io.pmo.project.schedule;

import java.time.LocalDate;

import io.pmo.events.common.Money;

/**
 * A task of a {@link WbsSchedule}: day numbers as {@link ScheduledActivity} has them, and dates of the working
 * calendar (a start is the first day of work, a finish the last; a milestone starts and finishes on the date it
 * is reached). A summary task rolls up its subtasks: earliest start, latest finish, least total float, the sum
 * of their costs, and no free float of its own (null).
 */
public record DatedTask(String taskId, boolean summary, boolean milestone, int durationDays, LocalDate earlyStart,
        LocalDate earlyFinish, LocalDate lateStart, LocalDate lateFinish, int earlyStartDay, int earlyFinishDay,
        int lateStartDay, int lateFinishDay, int totalFloat, Integer freeFloat, boolean critical, Money plannedCost) {
}
