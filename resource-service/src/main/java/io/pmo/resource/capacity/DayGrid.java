package io.pmo.resource.capacity;

import java.util.Arrays;
import java.util.List;

/**
 * One resource's minutes per day over a range: capacity, confirmed load and requested load, as int arrays
 * indexed by day, filled once and summed per period by the callers. The working-day mask of the calendar is
 * computed once per query and shared by every resource.
 */
final class DayGrid {

    final DateRange range;

    final boolean[] working;

    final int workingWeekdays;

    final int[] capacity;

    final int[] confirmed;

    final int[] requested;

    DayGrid(TenantCalendar calendar, DateRange range) {
        this(range, calendar.workingDayMask(range), calendar.workingDays().size());
    }

    private DayGrid(DateRange range, boolean[] working, int workingWeekdays) {
        this.range = range;
        this.working = working;
        this.workingWeekdays = workingWeekdays;
        this.capacity = new int[range.days()];
        this.confirmed = new int[range.days()];
        this.requested = new int[range.days()];
    }

    /** A grid of its own (fresh arrays) on the same range and calendar, for another thread or resource. */
    DayGrid copy() {
        return new DayGrid(range, working, workingWeekdays);
    }

    /** Fills capacity, confirmed and requested load of one resource, replacing what the grid held. */
    DayGrid load(CapacityProfile profile, List<Allocation> allocations) {
        profile.fill(range, working, capacity);
        Arrays.fill(confirmed, 0);
        Arrays.fill(requested, 0);
        for (Allocation allocation : allocations) {
            if (allocation.loadsConfirmed()) {
                allocation.addLoad(range, workingWeekdays, capacity, confirmed);
            } else if (allocation.loadsRequested()) {
                allocation.addLoad(range, workingWeekdays, capacity, requested);
            }
        }
        return this;
    }

    static long sum(int[] minutes, int from, int to) {
        long sum = 0;
        for (int i = from; i < to; i++) {
            sum += minutes[i];
        }
        return sum;
    }
}
