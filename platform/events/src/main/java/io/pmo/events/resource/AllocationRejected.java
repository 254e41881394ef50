package io.pmo.events.resource;

import org.axonframework.serialization.Revision;

/** A resource manager rejected a requested allocation, with the reason. */
@Revision("1")
public record AllocationRejected(String resourceId, String tenantId, String allocationId, String projectId,
        String reason) implements ResourceEvent {
}
