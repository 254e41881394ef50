package io.pmo.resource.capacity;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An ISO week in which confirming an allocation would put more confirmed load on a resource than it has capacity.
 *
 * @param weekStart     the Monday of the week
 * @param capacityHours the resource's capacity that week, hours scale 2
 * @param loadHours     its confirmed load that week with the allocation confirmed, hours scale 2
 */
public record OverAllocatedWeek(LocalDate weekStart, BigDecimal capacityHours, BigDecimal loadHours) {
}
