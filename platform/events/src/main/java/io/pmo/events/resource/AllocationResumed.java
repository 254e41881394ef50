package io.pmo.events.resource;

import org.axonframework.serialization.Revision;

/** A suspended allocation loads the resource again (its project is active again). */
@Revision("1")
public record AllocationResumed(String resourceId, String tenantId, String allocationId, String projectId)
        implements ResourceEvent {
}
