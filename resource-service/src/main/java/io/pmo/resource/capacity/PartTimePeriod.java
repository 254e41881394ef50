package io.pmo.resource.capacity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A period in which a resource works a fraction of its hours per day, e.g. 0.5 during parental part-time.
 *
 * @param from   the first day
 * @param to     the last day, or null for a period without an end
 * @param factor the fraction of the hours per day worked, greater than 0 and at most 1
 */
public record PartTimePeriod(LocalDate from, LocalDate to, BigDecimal factor) {

    /** @throws IllegalArgumentException when the period ends before it starts or the factor is out of (0, 1] */
    public PartTimePeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(factor, "factor");
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("A part-time period ends on or after its start; got " + from + " to " + to);
        }
        if (factor.signum() <= 0 || factor.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("A part-time factor is greater than 0 and at most 1; got " + factor);
        }
    }

    /** Whether this period and {@code other} share a day. */
    public boolean overlaps(PartTimePeriod other) {
        return !endsBefore(other.from) && !other.endsBefore(from);
    }

    private boolean endsBefore(LocalDate day) {
        return to != null && to.isBefore(day);
    }
}
