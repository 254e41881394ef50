package io.pmo.resource.capacity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * How much a resource can work, day by day.
 *
 * <p>The capacity of a day, in whole minutes, is 0 when the day is before {@code availableFrom}, after
 * {@code availableUntil}, not a working weekday of the tenant, a tenant holiday, or inside any absence. Otherwise
 * it is {@code hoursPerDay} in minutes (half up) times the factor of the part-time period covering the day (1 when
 * none does), rounded half up to the whole minute: 7.5 h × 0.8 = 450 min × 0.8 = 360 min; 7 h × 0.33 = 420 min ×
 * 0.33 = 138.6 min, so 139 min (2.32 h). The factor is applied to the minutes once per period, so every day of a
 * period has the same capacity.
 *
 * @param hoursPerDay    hours on a full working day, greater than 0 and at most 24
 * @param availableFrom  the first day of employment (onboarding), or null when it does not matter
 * @param availableUntil the last day of employment (offboarding, included), or null for none
 * @param partTime       periods of reduced hours; they must not overlap ({@link #firstOverlappingPeriod})
 * @param absences       days away; they may overlap
 */
public record CapacityProfile(BigDecimal hoursPerDay, LocalDate availableFrom, LocalDate availableUntil,
                              List<PartTimePeriod> partTime, List<Absence> absences) {

    private static final BigDecimal MAX_HOURS_PER_DAY = BigDecimal.valueOf(24);

    /**
     * @throws IllegalArgumentException for hours per day out of (0, 24], an offboarding before the onboarding, or
     *                                  overlapping part-time periods (the message names the index of the first)
     */
    public CapacityProfile {
        Objects.requireNonNull(hoursPerDay, "hoursPerDay");
        if (hoursPerDay.signum() <= 0 || hoursPerDay.compareTo(MAX_HOURS_PER_DAY) > 0) {
            throw new IllegalArgumentException("Hours per day are greater than 0 and at most 24; got " + hoursPerDay);
        }
        if (availableFrom != null && availableUntil != null && availableUntil.isBefore(availableFrom)) {
            throw new IllegalArgumentException("A resource is available until a day on or after it is available from; got "
                    + availableFrom + " to " + availableUntil);
        }
        partTime = List.copyOf(partTime);
        absences = List.copyOf(absences);
        OptionalInt overlapping = firstOverlappingPeriod(partTime);
        if (overlapping.isPresent()) {
            throw new IllegalArgumentException("Part-time period " + overlapping.getAsInt()
                    + " overlaps an earlier one; part-time periods must not overlap");
        }
    }

    /** Full days of {@code hoursPerDay}, always available, no part-time, no absences. */
    public static CapacityProfile fullTime(BigDecimal hoursPerDay) {
        return new CapacityProfile(hoursPerDay, null, null, List.of(), List.of());
    }

    /**
     * The index of the first period that overlaps one listed before it, so a caller can name the field
     * ({@code partTime[2]}); empty when no two periods share a day.
     */
    public static OptionalInt firstOverlappingPeriod(List<PartTimePeriod> periods) {
        for (int later = 1; later < periods.size(); later++) {
            for (int earlier = 0; earlier < later; earlier++) {
                if (periods.get(later).overlaps(periods.get(earlier))) {
                    return OptionalInt.of(later);
                }
            }
        }
        return OptionalInt.empty();
    }

    /** The same profile with these absences. */
    public CapacityProfile withAbsences(List<Absence> absences) {
        return new CapacityProfile(hoursPerDay, availableFrom, availableUntil, partTime, absences);
    }

    /** The same profile with these part-time periods. */
    public CapacityProfile withPartTime(List<PartTimePeriod> partTime) {
        return new CapacityProfile(hoursPerDay, availableFrom, availableUntil, partTime, absences);
    }

    /** The same profile with this onboarding and offboarding (either may be null). */
    public CapacityProfile availableBetween(LocalDate from, LocalDate until) {
        return new CapacityProfile(hoursPerDay, from, until, partTime, absences);
    }

    /** {@code hoursPerDay} in whole minutes, half up. */
    public int minutesPerDay() {
        return (int) Hours.toMinutes(hoursPerDay);
    }

    /**
     * Writes the capacity of each day of {@code range} into {@code capacity}, given which days are the tenant's
     * working days ({@link TenantCalendar#workingDayMask(DateRange)}). No object is made per day.
     */
    void fill(DateRange range, boolean[] working, int[] capacity) {
        int days = range.days();
        int full = minutesPerDay();
        int start = range.startIndex(availableFrom);
        int end = range.endIndex(availableUntil);
        Arrays.fill(capacity, 0, days, 0);
        for (int i = start; i < end; i++) {
            if (working[i]) {
                capacity[i] = full;
            }
        }
        for (PartTimePeriod period : partTime) {
            int reduced = Hours.round(full, period.factor(), BigDecimal.ONE);
            int to = Math.min(end, range.endIndex(period.to()));
            for (int i = Math.max(start, range.startIndex(period.from())); i < to; i++) {
                if (capacity[i] > 0) {
                    capacity[i] = reduced;
                }
            }
        }
        for (Absence absence : absences) {
            Arrays.fill(capacity, range.startIndex(absence.from()), Math.max(range.startIndex(absence.from()),
                    range.endIndex(absence.to())), 0);
        }
    }
}
