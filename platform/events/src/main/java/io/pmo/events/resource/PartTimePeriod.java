package io.pmo.events.resource;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A period in which a resource works part of each working day.
 *
 * @param to inclusive; null: open-ended
 * @param factor in (0, 1], e.g. 0.5 for half days
 */
public record PartTimePeriod(LocalDate from, LocalDate to, BigDecimal factor) {
}
