package io.pmo.events.resource;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An ISO week (Monday {@code weekStart}) in which confirmed load exceeds capacity; hours with two decimals. */
public record OverloadedWeek(LocalDate weekStart, BigDecimal capacityHours, BigDecimal loadHours) {
}
