package io.pmo.resource.capacity;

import java.math.BigDecimal;

/**
 * One project's confirmed share of a resource's week.
 *
 * @param projectId        the project
 * @param confirmedMinutes its confirmed load on the resource that week
 * @param cost             confirmedMinutes / 60 × the hourly cost rate, rounded once half up to scale 2 (from the
 *                         minutes, not from rounded hours); null when the resource has no cost rate
 * @param currency         the ISO 4217 code of the cost rate; null with the cost
 */
public record ProjectWeek(String projectId, long confirmedMinutes, BigDecimal cost, String currency) {
}
