package io.pmo.reporting.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import io.pmo.events.resource.WeeklyCost;

/**
 * One allocation as far as its cost goes: its weekly cost as confirmed and what happened to it since. The
 * {@code AllocationReleased} event carries only a date, so the weeks must be kept here to take them off the
 * project's {@link ResourceCostWeek}s. Kept by {@link ResourceCostProjection}, keyed by allocation id.
 *
 * @param from the allocation's first day as requested; null if its request was never seen
 * @param weeks the confirmed load and cost per ISO week; empty while not confirmed
 * @param releasedFrom the day it stopped loading the resource; null while not released
 * @param suspended while its project is on hold
 * @param lastSequence the resource's last event applied to this allocation
 */
@Document(AllocationCost.COLLECTION)
public record AllocationCost(@Id String allocationId, String tenantId, String resourceId, String projectId,
        LocalDate from, boolean confirmed, List<WeeklyCost> weeks, LocalDate releasedFrom, boolean suspended,
        long lastSequence, String lastEventId, Instant lastEventAt, Map<String, Long> sources) {

    public static final String COLLECTION = "report_allocation_costs";

    public AllocationCost {
        weeks = weeks == null ? List.of() : List.copyOf(weeks);
        sources = sources == null ? Map.of() : Map.copyOf(sources);
    }

    /**
     * Whether the allocation costs anything in the week of {@code weekStart} (one of its confirmed weeks).
     *
     * <p>A suspended allocation costs nothing in any week while it is suspended, as resource-service counts no
     * load of it ({@code AllocationSuspended} carries no date to split at); resuming it restores its weeks.
     *
     * <p>A release carries only the day the allocation stopped loading, not the hours left in that week, which
     * would need the resource's calendar: a week is kept in full if it starts before {@code releasedFrom} (an
     * approximation: the week holding a mid-week release day keeps its whole cost) and dropped from the week
     * starting on or after it; a release from the allocation's first day (or before it) drops every week.
     */
    public boolean costs(LocalDate weekStart) {
        if (!confirmed || suspended) {
            return false;
        }
        if (releasedFrom == null) {
            return true;
        }
        boolean wholeAllocation = from != null && !releasedFrom.isAfter(from);
        return !wholeAllocation && weekStart.isBefore(releasedFrom);
    }
}
