package io.pmo.project.schedule;

import java.time.LocalDate;

import io.pmo.platform.bounds.InputBounds;

/**
 * The schedule would date a task outside the platform's business dates (see {@code InputBounds}): durations and
 * lags that add up to centuries. Nothing downstream could store or spread such a plan, so it is refused, never
 * dated. Answered 422 naming the tasks.
 */
public class ScheduleHorizonException extends InputBounds.OutOfBoundsException {

    public ScheduleHorizonException(LocalDate earliest, LocalDate latest) {
        super("The schedule runs outside the business dates " + earliest + " to " + latest
                + ": shorten the durations or lags, or move the dates", "tasks");
    }
}
