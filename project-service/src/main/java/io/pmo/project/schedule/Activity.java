package io.pmo.project.schedule;

import java.util.List;
import java.util.Objects;

/**
 * One schedulable activity: a task or a milestone (duration 0), in working days counted from the project's
 * first working day (day 0).
 *
 * @param startNoEarlierThan a constraint: the activity does not start before this day (null: none)
 * @param finishNoLaterThan a constraint, e.g. a milestone's target date: the latest finish it may have (null:
 * none); it can make float negative, which the schedule reports
 */
public record Activity(String id, int durationDays, List<Dependency> predecessors, Integer startNoEarlierThan,
        Integer finishNoLaterThan) {

    public Activity {
        Objects.requireNonNull(id, "id");
        if (durationDays < 0) {
            throw new IllegalArgumentException("Activity " + id + " has a negative duration: " + durationDays);
        }
        predecessors = List.copyOf(predecessors);
    }

    public static Activity of(String id, int durationDays, Dependency... predecessors) {
        return new Activity(id, durationDays, List.of(predecessors), null, null);
    }

    /** Finish-to-start after each of the given activities, without lag. */
    public static Activity after(String id, int durationDays, String... predecessorIds) {
        return new Activity(id, durationDays,
                java.util.Arrays.stream(predecessorIds).map(Dependency::after).toList(), null, null);
    }

    public Activity startingNoEarlierThan(int day) {
        return new Activity(id, durationDays, predecessors, day, finishNoLaterThan);
    }

    public Activity finishingNoLaterThan(int day) {
        return new Activity(id, durationDays, predecessors, startNoEarlierThan, day);
    }
}
