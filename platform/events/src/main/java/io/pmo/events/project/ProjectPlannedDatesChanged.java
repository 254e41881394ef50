package io.pmo.events.project;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ProjectPlannedDatesChanged(String projectId, String tenantId, LocalDate plannedStart,
        LocalDate plannedFinish) implements ProjectEvent {
}
