package io.pmo.events.resource;

import java.util.List;

import org.axonframework.serialization.Revision;

/**
 * Confirming {@code allocationId} over-allocated the resource in these weeks; the tenant's policy warns (under the
 * refusing policy the confirmation is refused and nothing is stored).
 */
@Revision("1")
public record OverAllocationDetected(String resourceId, String tenantId, String allocationId, String projectId,
        List<OverloadedWeek> weeks) implements ResourceEvent {

    public OverAllocationDetected {
        weeks = weeks == null ? List.of() : List.copyOf(weeks);
    }
}
