package io.pmo.resource.capacity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * Would confirming an allocation over-allocate its resource? Compares whole ISO weeks (Monday to Sunday), not
 * days: a resource may work 10 h on Monday and 6 h on Tuesday of a 40 h week, so only a week whose confirmed load
 * total exceeds its capacity total is a problem. Requested allocations never count.
 */
public final class OverAllocationCheck {

    private OverAllocationCheck() {
    }

    /**
     * The weeks, in order, in which the confirmed load would exceed the capacity once {@code candidate} is
     * confirmed, among the weeks in which the candidate adds load: a week over-allocated before and untouched by
     * the candidate is not this confirmation's doing. Empty when the confirmation is fine.
     *
     * @param confirmed the resource's allocations; only those whose load counts as confirmed
     *                  ({@link Allocation#loadsConfirmed()}) are taken, and one with the candidate's id is skipped
     *                  so a re-confirmation is not counted twice
     * @param candidate the allocation about to be confirmed, taken as CONFIRMED whatever its status now (a
     *                  suspended one loads nothing, so it never over-allocates)
     * @throws IllegalArgumentException when the candidate's whole weeks span more than {@value DateRange#MAX_DAYS}
     *                                  days
     */
    public static List<OverAllocatedWeek> weeksOverCapacity(CapacityProfile profile, TenantCalendar calendar,
                                                            List<Allocation> confirmed, Allocation candidate) {
        DateRange weeks = new DateRange(candidate.from().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                candidate.to().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)));
        List<Allocation> current = new ArrayList<>(confirmed.size());
        for (Allocation allocation : confirmed) {
            if (allocation.loadsConfirmed() && !allocation.id().equals(candidate.id())) {
                current.add(allocation);
            }
        }
        DayGrid days = new DayGrid(calendar, weeks).load(profile, current);
        int[] added = new int[weeks.days()];
        Allocation asConfirmed = candidate.withStatus(AllocationStatus.CONFIRMED);
        if (asConfirmed.loadsConfirmed()) {
            asConfirmed.addLoad(weeks, days.workingWeekdays, days.capacity, added);
        }
        List<OverAllocatedWeek> over = new ArrayList<>();
        for (int monday = 0; monday < weeks.days(); monday += 7) {
            long capacity = DayGrid.sum(days.capacity, monday, monday + 7);
            long candidateLoad = DayGrid.sum(added, monday, monday + 7);
            long load = DayGrid.sum(days.confirmed, monday, monday + 7) + candidateLoad;
            if (candidateLoad > 0 && load > capacity) {
                LocalDate weekStart = weeks.from().plusDays(monday);
                over.add(new OverAllocatedWeek(weekStart, Hours.ofMinutes(capacity), Hours.ofMinutes(load)));
            }
        }
        return over;
    }
}
