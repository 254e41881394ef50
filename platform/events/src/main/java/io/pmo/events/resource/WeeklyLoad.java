package io.pmo.events.resource;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A resource's capacity and load in one ISO week (Monday {@code weekStart}), hours with two decimals.
 *
 * @param confirmedHours load of confirmed, not suspended allocations
 * @param requestedHours load of allocations still requested
 */
public record WeeklyLoad(LocalDate weekStart, BigDecimal capacityHours, BigDecimal confirmedHours,
        BigDecimal requestedHours) {
}
