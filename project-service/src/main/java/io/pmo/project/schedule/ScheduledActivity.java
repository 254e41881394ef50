package io.pmo.project.schedule;

/**
 * The critical path method's result for one activity, in working days from day 0. Starts are the first day of
 * work; finishes are exclusive (the day after the last day of work), so {@code earlyFinish = earlyStart +
 * duration} and a milestone starts and finishes on the same day. Shown as dates, a finish is the last working
 * day of work, i.e. day {@code finish - 1}.
 *
 * @param totalFloat how many days the activity can slip without delaying the project finish (or an imposed
 * finish); negative when a constraint cannot be met
 * @param freeFloat how many days it can slip without delaying any successor's early start
 * @param critical whether its total float is zero or less
 */
public record ScheduledActivity(String id, int durationDays, int earlyStart, int earlyFinish, int lateStart,
        int lateFinish, int totalFloat, int freeFloat, boolean critical) {
}
