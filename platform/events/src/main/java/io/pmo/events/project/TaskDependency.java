package io.pmo.events.project;

/** A task depends on a predecessor task of the same project. */
public record TaskDependency(String predecessorTaskId, DependencyType type, int lagDays) {
}
