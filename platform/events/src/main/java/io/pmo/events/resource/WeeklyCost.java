package io.pmo.events.resource;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.pmo.events.common.Money;

/**
 * An allocation's load in one ISO week (Monday {@code weekStart}) and what it costs at the resource's rate.
 *
 * @param hours two decimals
 */
public record WeeklyCost(LocalDate weekStart, BigDecimal hours, Money cost) {
}
