package io.pmo.events.resource;

import java.util.List;

import org.axonframework.serialization.Revision;

/**
 * A resource manager confirmed an allocation; {@code weeks} is its load and cost per ISO week as confirmed (hours
 * x the resource's cost rate), so a subscriber compares resource cost with project budgets without the capacity
 * math.
 *
 * @param confirmedBy a user id
 */
@Revision("1")
public record AllocationConfirmed(String resourceId, String tenantId, String allocationId, String projectId,
        String confirmedBy, List<WeeklyCost> weeks) implements ResourceEvent {

    public AllocationConfirmed {
        weeks = weeks == null ? List.of() : List.copyOf(weeks);
    }
}
