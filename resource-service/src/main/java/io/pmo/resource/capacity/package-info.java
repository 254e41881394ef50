/**
 * The capacity math of resource-service, in plain Java (the JDK, {@code java.time} and {@code java.math} only).
 *
 * <h2>Conventions</h2>
 * <ul>
 *   <li><b>Time unit.</b> Everything is counted in whole minutes ({@code int}/{@code long}) so the sums are exact
 *   and fast; a result that leaves this package in hours is a {@code BigDecimal} of scale 2, minutes / 60 rounded
 *   half up ({@link io.pmo.resource.capacity.Hours}).</li>
 *   <li><b>Dates.</b> Every range ({@code from}..{@code to}, onboarding..offboarding, absences, part-time periods,
 *   allocations) includes both ends. A query range holds at most {@value io.pmo.resource.capacity.DateRange#MAX_DAYS}
 *   days ({@link io.pmo.resource.capacity.DateRange}).</li>
 *   <li><b>Capacity of a day</b> ({@link io.pmo.resource.capacity.CapacityProfile}): 0 outside onboarding..offboarding,
 *   on a day that is not a working weekday of the tenant, on a holiday, or inside an absence; otherwise the hours per
 *   day in minutes times the factor of the part-time period covering the day (1 when none does), rounded half up
 *   to the minute.</li>
 *   <li><b>Load of an allocation on a day</b> ({@link io.pmo.resource.capacity.Allocation}): 0 on a day with no
 *   capacity; hours per week are spread evenly over the tenant's working weekdays, so a week with a holiday or an
 *   absence carries less; a percentage is of that day's capacity.</li>
 *   <li><b>Weeks</b> are ISO weeks, Monday to Sunday; <b>months</b> calendar months; a period is clipped to the
 *   query range ({@link io.pmo.resource.capacity.Granularity}).</li>
 * </ul>
 */
package io.pmo.resource.capacity;
