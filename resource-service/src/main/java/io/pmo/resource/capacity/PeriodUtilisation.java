package io.pmo.resource.capacity;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One resource in one period.
 *
 * @param start          the period's first day (clipped to the query range)
 * @param end            its last day (clipped likewise)
 * @param capacityHours  capacity, hours scale 2
 * @param confirmedHours confirmed load, hours scale 2
 * @param requestedHours requested load, hours scale 2; never part of utilization or over-allocation
 * @param utilization    confirmed / capacity from the minutes, scale 4 half up (1.5000 is 150 %); null when the
 *                       capacity is 0
 * @param overAllocated  whether confirmed load exceeds capacity, compared in minutes
 */
public record PeriodUtilisation(LocalDate start, LocalDate end, BigDecimal capacityHours, BigDecimal confirmedHours,
                                BigDecimal requestedHours, BigDecimal utilization, boolean overAllocated) {
}
