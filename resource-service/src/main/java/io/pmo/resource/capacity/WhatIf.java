package io.pmo.resource.capacity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A scenario for demand versus capacity: extra hires and/or one project moved in time. Nothing is stored; the
 * computation just runs again on changed inputs.
 *
 * @param hires extra capacity, or null for none
 * @param shift a project's allocations moved, or null for none
 */
public record WhatIf(Hires hires, ProjectShift shift) {

    /** No change: the plan as it is. */
    public static final WhatIf NONE = new WhatIf(null, null);

    /**
     * {@code count} new full-time people with the skill (at any level asked for), each with {@code hoursPerDay} on
     * the tenant's working days from {@code from} on, with no part-time and no absences.
     */
    public record Hires(int count, BigDecimal hoursPerDay, LocalDate from) {

        /** @throws IllegalArgumentException for a count below 1 or hours per day out of (0, 24] */
        public Hires {
            Objects.requireNonNull(from, "from");
            if (count < 1) {
                throw new IllegalArgumentException("A what-if hires at least one person; got " + count);
            }
            CapacityProfile.fullTime(hoursPerDay);
        }

        CapacityProfile profile() {
            return CapacityProfile.fullTime(hoursPerDay).availableBetween(from, null);
        }
    }

    /**
     * Every allocation of {@code projectId}, on every resource, moved by {@code days} (negative: earlier), with
     * its release date.
     */
    public record ProjectShift(String projectId, int days) {

        public ProjectShift {
            Objects.requireNonNull(projectId, "projectId");
        }

        Allocation apply(Allocation allocation) {
            return allocation.projectId().equals(projectId) ? allocation.shiftedBy(days) : allocation;
        }
    }
}
