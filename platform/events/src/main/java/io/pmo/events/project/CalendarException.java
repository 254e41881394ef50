package io.pmo.events.project;

import java.time.LocalDate;

/**
 * A day on which a project departs from the tenant's enterprise calendar: {@code working = false} for a day off
 * (a holiday of its own), {@code true} for a day worked that the enterprise calendar does not work.
 */
public record CalendarException(LocalDate date, boolean working) {
}
