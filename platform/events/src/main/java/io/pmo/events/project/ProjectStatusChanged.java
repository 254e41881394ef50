package io.pmo.events.project;

import org.axonframework.serialization.Revision;

/**
 * The project moved through its lifecycle. {@code reason} is free text given by the user (required when a
 * project is put on hold or cancelled), null otherwise.
 */
@Revision("1")
public record ProjectStatusChanged(String projectId, String tenantId, ProjectStatus from, ProjectStatus to,
        String reason) implements ProjectEvent {
}
