package io.pmo.resource.capacity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A share of one resource's time given to a project from {@code from} to {@code to} (both included), either as
 * hours per week or as a percentage of the resource's capacity.
 *
 * <p><b>Which load it is.</b> CONFIRMED is confirmed load. RELEASED is confirmed load up to the day before
 * {@code releasedFrom} and nothing from that day on; a RELEASED allocation without {@code releasedFrom} loads
 * nothing. {@code releasedFrom} ends the load the same way whatever the status. REQUESTED is requested load,
 * reported apart from confirmed load and never counted as over-allocation. REJECTED and suspended allocations load
 * nothing.
 *
 * <p><b>Load on a day</b>, in whole minutes: 0 outside the allocation's days and on every day the resource has no
 * capacity (not a working weekday, a holiday, absent, before onboarding or after offboarding). Otherwise:
 * <ul>
 *   <li>hours per week: {@code hoursPerWeek × 60 / (working weekdays of the tenant)}, rounded half up once, on each
 *   such day. 40 h/week on a Monday-to-Friday calendar is 480 min (8 h) a day; a week with a holiday or an absence
 *   carries less (32 h for one holiday), because the resource is not there to do the work that day;</li>
 *   <li>percent: {@code capacity(day) × percent / 100}, rounded half up, so 50 % of a 0.8 part-time day of 7.5 h
 *   (360 min) is 180 min.</li>
 * </ul>
 *
 * @param id           the allocation's id
 * @param projectId    the project the time goes to
 * @param from         the first day
 * @param to           the last day, not before {@code from}
 * @param hoursPerWeek hours per week, 0 to 168; null when the allocation is a percentage
 * @param percent      percent of capacity, 0 to 200 (above 100 deliberately over-allocates, e.g. 150 %); null when
 *                     the allocation is in hours per week
 * @param status       where it stands
 * @param suspended    true while suspended: it loads nothing
 * @param releasedFrom the first day it no longer loads, or null
 */
public record Allocation(String id, String projectId, LocalDate from, LocalDate to, BigDecimal hoursPerWeek,
                         BigDecimal percent, AllocationStatus status, boolean suspended, LocalDate releasedFrom) {

    private static final BigDecimal MAX_HOURS_PER_WEEK = BigDecimal.valueOf(168);

    private static final BigDecimal MAX_PERCENT = BigDecimal.valueOf(200);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** @throws IllegalArgumentException for bad days, neither or both of the amounts, or an amount out of range */
    public Allocation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(status, "status");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("An allocation ends on or after its start; got " + from + " to " + to);
        }
        if ((hoursPerWeek == null) == (percent == null)) {
            throw new IllegalArgumentException("An allocation is either hours per week or a percent, not both or neither");
        }
        if (hoursPerWeek != null && (hoursPerWeek.signum() < 0 || hoursPerWeek.compareTo(MAX_HOURS_PER_WEEK) > 0)) {
            throw new IllegalArgumentException("Hours per week are 0 to 168; got " + hoursPerWeek);
        }
        if (percent != null && (percent.signum() < 0 || percent.compareTo(MAX_PERCENT) > 0)) {
            throw new IllegalArgumentException("An allocation's percent is 0 to 200; got " + percent);
        }
    }

    /** A new allocation in hours per week, not suspended and not released. */
    public static Allocation ofHoursPerWeek(String id, String projectId, LocalDate from, LocalDate to,
                                            BigDecimal hoursPerWeek, AllocationStatus status) {
        return new Allocation(id, projectId, from, to, hoursPerWeek, null, status, false, null);
    }

    /** A new allocation as a percent of capacity, not suspended and not released. */
    public static Allocation ofPercent(String id, String projectId, LocalDate from, LocalDate to, BigDecimal percent,
                                       AllocationStatus status) {
        return new Allocation(id, projectId, from, to, null, percent, status, false, null);
    }

    /** The same allocation with this status. */
    public Allocation withStatus(AllocationStatus status) {
        return new Allocation(id, projectId, from, to, hoursPerWeek, percent, status, suspended, releasedFrom);
    }

    /** The same allocation, suspended or resumed. */
    public Allocation withSuspended(boolean suspended) {
        return new Allocation(id, projectId, from, to, hoursPerWeek, percent, status, suspended, releasedFrom);
    }

    /** The same allocation released from {@code day} on (status RELEASED). */
    public Allocation releasedFrom(LocalDate day) {
        return new Allocation(id, projectId, from, to, hoursPerWeek, percent, AllocationStatus.RELEASED, suspended,
                day);
    }

    /** The same allocation moved by {@code days} (negative: earlier), its release date with it. */
    public Allocation shiftedBy(int days) {
        return new Allocation(id, projectId, from.plusDays(days), to.plusDays(days), hoursPerWeek, percent, status,
                suspended, releasedFrom == null ? null : releasedFrom.plusDays(days));
    }

    /** Whether its load counts as confirmed (CONFIRMED, or RELEASED with a release date) and it is not suspended. */
    public boolean loadsConfirmed() {
        return !suspended && (status == AllocationStatus.CONFIRMED
                || status == AllocationStatus.RELEASED && releasedFrom != null);
    }

    /** Whether its load counts as requested: REQUESTED and not suspended. */
    public boolean loadsRequested() {
        return !suspended && status == AllocationStatus.REQUESTED;
    }

    /**
     * Adds this allocation's load on each day of {@code range} to {@code load}, given the resource's capacity of
     * each day; whether the load is confirmed or requested is the caller's choice of array. Rounds once per
     * allocation (hours per week) or once per distinct capacity (percent), never makes an object per day.
     */
    void addLoad(DateRange range, int workingWeekdays, int[] capacity, int[] load) {
        int start = range.startIndex(from);
        int end = Math.min(range.endIndex(to), releasedFrom == null ? range.days() : range.startIndex(releasedFrom));
        if (hoursPerWeek != null) {
            int perDay = hoursPerWeek.multiply(Hours.SIXTY)
                    .divide(BigDecimal.valueOf(workingWeekdays), 0, RoundingMode.HALF_UP).intValueExact();
            for (int i = start; i < end; i++) {
                if (capacity[i] > 0) {
                    load[i] += perDay;
                }
            }
            return;
        }
        int lastCapacity = 0;
        int lastLoad = 0;
        for (int i = start; i < end; i++) {
            int dayCapacity = capacity[i];
            if (dayCapacity > 0) {
                if (dayCapacity != lastCapacity) {
                    lastCapacity = dayCapacity;
                    lastLoad = Hours.round(dayCapacity, percent, HUNDRED);
                }
                load[i] += lastLoad;
            }
        }
    }
}
