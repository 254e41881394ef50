package io.pmo.platform.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A span of business dates whose finish is not before its start (both inclusive): a project's planned dates, an
 * S-curve's range. The one place that says what order two dates must be in; a request answers its breach with a
 * 400 and an aggregate with a {@link RuleViolated}, each naming its own field.
 */
public record DateRange(LocalDate start, LocalDate finish) {

    public DateRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(finish, "finish");
        if (!isOrdered(start, finish)) {
            throw new IllegalArgumentException("The finish " + finish + " is before the start " + start);
        }
    }

    /** Whether {@code start..finish} is a range: both given and the finish not before the start. */
    public static boolean isOrdered(LocalDate start, LocalDate finish) {
        return start != null && finish != null && !finish.isBefore(start);
    }
}
