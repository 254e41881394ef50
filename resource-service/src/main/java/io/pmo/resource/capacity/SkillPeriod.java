package io.pmo.resource.capacity;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Demand against capacity for one skill in one period, hours scale 2.
 *
 * @param start         the period's first day (clipped to the query range)
 * @param end           its last day (clipped likewise)
 * @param capacityHours capacity of the real (non-placeholder) resources with the skill
 * @param demandHours   confirmed plus requested load on every resource with the skill, placeholders included
 * @param gapHours      demand minus capacity, from the minutes: positive is a shortage, negative spare capacity
 */
public record SkillPeriod(LocalDate start, LocalDate end, BigDecimal capacityHours, BigDecimal demandHours,
                          BigDecimal gapHours) {
}
