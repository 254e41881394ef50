package io.pmo.events.project;

import java.util.List;

import org.axonframework.serialization.Revision;

/** A task's predecessors were set: the list replaces the previous one (empty: none). */
@Revision("1")
public record TaskDependenciesChanged(String projectId, String tenantId, String taskId,
        List<TaskDependency> predecessors) implements ProjectEvent {
}
