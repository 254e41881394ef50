package io.pmo.events.resource;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/**
 * A resource is absent from {@code from} to {@code to}, both inclusive.
 *
 * @param kind only the kind of absence (no free text: it would be personal data kept forever)
 */
@Revision("1")
public record AbsenceRecorded(String resourceId, String tenantId, String absenceId, LocalDate from, LocalDate to,
        AbsenceKind kind) implements ResourceEvent {
}
