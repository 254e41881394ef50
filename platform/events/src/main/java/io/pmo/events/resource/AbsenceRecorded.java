package io.pmo.events.resource;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/**
 * A resource is absent (leave, training, sickness) from {@code from} to {@code to}, both inclusive.
 *
 * @param reason may be null
 */
@Revision("1")
public record AbsenceRecorded(String resourceId, String tenantId, String absenceId, LocalDate from, LocalDate to,
        String reason) implements ResourceEvent {
}
