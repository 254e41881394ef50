package io.pmo.events.project;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/** A milestone's target date passed without it being reached; detected on {@code detectedOn}. */
@Revision("1")
public record MilestoneMissed(String projectId, String tenantId, String taskId, LocalDate targetDate,
        LocalDate detectedOn) implements ProjectEvent {
}
