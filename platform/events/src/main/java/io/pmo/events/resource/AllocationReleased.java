package io.pmo.events.resource;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/**
 * An allocation no longer loads the resource from {@code releasedFrom} on (the whole allocation when that is its
 * start): by hand, or because its project was completed or cancelled.
 */
@Revision("1")
public record AllocationReleased(String resourceId, String tenantId, String allocationId, String projectId,
        LocalDate releasedFrom, String reason) implements ResourceEvent {
}
