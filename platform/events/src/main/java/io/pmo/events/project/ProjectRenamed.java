package io.pmo.events.project;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ProjectRenamed(String projectId, String tenantId, String previousName, String name)
        implements ProjectEvent {
}
