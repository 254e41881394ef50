package io.pmo.events.project;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/** A project was proposed: it starts in {@link ProjectStatus#PROPOSED}. */
@Revision("1")
public record ProjectCreated(String projectId, String tenantId, String name, LocalDate plannedStart,
        LocalDate plannedFinish, ProjectStatus status) implements ProjectEvent {
}
