package io.pmo.events.resource;

import org.axonframework.serialization.Revision;

/** An allocation loads nothing while its project is on hold. */
@Revision("1")
public record AllocationSuspended(String resourceId, String tenantId, String allocationId, String projectId,
        String reason) implements ResourceEvent {
}
