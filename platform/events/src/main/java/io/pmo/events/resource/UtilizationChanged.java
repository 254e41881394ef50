package io.pmo.events.resource;

import java.util.List;

import org.axonframework.serialization.Revision;

/**
 * The resource's capacity and load as they are now in the weeks a change touched (the weeks of the allocation, the
 * absence or the period that changed, at most 260), so that a subscriber keeps utilisation per week without the
 * capacity math. Follows every event that changes capacity or load.
 */
@Revision("1")
public record UtilizationChanged(String resourceId, String tenantId, List<WeeklyLoad> weeks)
        implements ResourceEvent {

    public UtilizationChanged {
        weeks = weeks == null ? List.of() : List.copyOf(weeks);
    }
}
