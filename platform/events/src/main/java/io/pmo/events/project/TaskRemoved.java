package io.pmo.events.project;

import org.axonframework.serialization.Revision;

/** A task without subtasks and without successors was removed from the work breakdown structure. */
@Revision("1")
public record TaskRemoved(String projectId, String tenantId, String taskId) implements ProjectEvent {
}
