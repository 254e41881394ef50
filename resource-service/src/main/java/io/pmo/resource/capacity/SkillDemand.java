package io.pmo.resource.capacity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Demand versus capacity for a skill across resources, per period, and the same under a {@link WhatIf}.
 *
 * <p>A resource counts when it has the skill at the minimum level or above. Capacity is that of the real
 * resources only; demand is the confirmed plus requested load on all of them, placeholders included, because a
 * placeholder stands for demand nobody fills yet. The gap is demand minus capacity: positive means a shortage.
 * Built once per query (calendar, range, granularity); immutable and safe to share.
 */
public final class SkillDemand {

    private final DayGrid grid;

    private final Periods periods;

    private SkillDemand(TenantCalendar calendar, DateRange range, Granularity granularity) {
        this.grid = new DayGrid(calendar, range);
        this.periods = granularity.periods(range);
    }

    public static SkillDemand over(TenantCalendar calendar, DateRange range, Granularity granularity) {
        return new SkillDemand(calendar, range, granularity);
    }

    /**
     * One row per period of the range, in order.
     *
     * @param minLevel the lowest level that counts, 1 (any) to 5
     * @param whatIf   {@link WhatIf#NONE} for the plan as it is
     * @throws IllegalArgumentException for a level outside 1 to 5
     */
    public List<SkillPeriod> of(List<SkilledResource> resources, String skill, int minLevel, WhatIf whatIf) {
        Objects.requireNonNull(skill, "skill");
        if (minLevel < SkilledResource.MIN_LEVEL || minLevel > SkilledResource.MAX_LEVEL) {
            throw new IllegalArgumentException("A minimum skill level is 1 to 5; got " + minLevel);
        }
        int days = grid.range.days();
        long[] capacity = new long[days];
        long[] demand = new long[days];
        DayGrid day = grid.copy();
        for (SkilledResource resource : resources) {
            if (!resource.has(skill, minLevel)) {
                continue;
            }
            day.load(resource.profile(), shifted(resource.allocations(), whatIf.shift()));
            for (int i = 0; i < days; i++) {
                if (!resource.placeholder()) {
                    capacity[i] += day.capacity[i];
                }
                demand[i] += day.confirmed[i] + day.requested[i];
            }
        }
        if (whatIf.hires() != null) {
            day.load(whatIf.hires().profile(), List.of());
            for (int i = 0; i < days; i++) {
                capacity[i] += (long) whatIf.hires().count() * day.capacity[i];
            }
        }
        List<SkillPeriod> rows = new ArrayList<>(periods.count());
        for (int p = 0; p < periods.count(); p++) {
            long periodCapacity = 0;
            long periodDemand = 0;
            for (int i = periods.first(p); i < periods.end(p); i++) {
                periodCapacity += capacity[i];
                periodDemand += demand[i];
            }
            rows.add(new SkillPeriod(periods.startDate(p), periods.endDate(p), Hours.ofMinutes(periodCapacity),
                    Hours.ofMinutes(periodDemand), Hours.ofMinutes(periodDemand - periodCapacity)));
        }
        return rows;
    }

    private static List<Allocation> shifted(List<Allocation> allocations, WhatIf.ProjectShift shift) {
        if (shift == null) {
            return allocations;
        }
        List<Allocation> moved = new ArrayList<>(allocations.size());
        for (Allocation allocation : allocations) {
            moved.add(shift.apply(allocation));
        }
        return moved;
    }
}
