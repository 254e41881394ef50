package io.pmo.resource.capacity;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A query range of days, both ends included, at most {@value #MAX_DAYS} days long (about ten years), so that a
 * computation over it has a known cost: the web layer validates the same bound first and names the field.
 *
 * @param from the first day
 * @param to   the last day, not before {@code from}
 */
public record DateRange(LocalDate from, LocalDate to) {

    /** The longest range a query may ask for, in days. */
    public static final int MAX_DAYS = 3_660;

    /** @throws IllegalArgumentException when {@code to} is before {@code from} or the range is too long */
    public DateRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("A date range ends on or after its start; got " + from + " to " + to);
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        if (days > MAX_DAYS) {
            throw new IllegalArgumentException("A date range spans at most " + MAX_DAYS + " days (about ten years); "
                    + from + " to " + to + " spans " + days);
        }
    }

    /** How many days the range holds, both ends included. */
    public int days() {
        return (int) (to.toEpochDay() - from.toEpochDay()) + 1;
    }

    /** The index of {@code day} in the range (0 for {@code from}); negative or {@code >= days()} outside it. */
    long indexOf(LocalDate day) {
        return day.toEpochDay() - from.toEpochDay();
    }

    /** The index of the first day on or after {@code first} inside the range; 0 for null (no start). */
    int startIndex(LocalDate first) {
        return first == null ? 0 : (int) Math.max(0, Math.min(days(), indexOf(first)));
    }

    /** One past the index of the last day on or before {@code last} inside the range; {@code days()} for null. */
    int endIndex(LocalDate last) {
        return last == null ? days() : (int) Math.max(0, Math.min(days(), indexOf(last) + 1));
    }
}
