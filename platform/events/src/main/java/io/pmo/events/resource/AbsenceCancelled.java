package io.pmo.events.resource;

import org.axonframework.serialization.Revision;

/** An absence recorded earlier no longer holds. */
@Revision("1")
public record AbsenceCancelled(String resourceId, String tenantId, String absenceId) implements ResourceEvent {
}
