package io.pmo.resource.capacity;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Days a resource is away (leave, sickness, training): its capacity is 0 on each of them. Absences may overlap;
 * a day inside two of them is simply off.
 *
 * @param from the first day away
 * @param to   the last day away, not before {@code from}
 */
public record Absence(LocalDate from, LocalDate to) {

    /** @throws IllegalArgumentException when the absence ends before it starts */
    public Absence {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("An absence ends on or after its start; got " + from + " to " + to);
        }
    }
}
