package io.pmo.events.project;

import java.time.LocalDate;

/** A date that is worked ({@code working}) or not, against the weekday rule of a calendar. */
public record CalendarDay(LocalDate date, boolean working) {
}
