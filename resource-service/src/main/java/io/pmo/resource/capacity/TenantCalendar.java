package io.pmo.resource.capacity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A tenant's working calendar: the weekdays people work (at least one) and the holidays nobody works.
 *
 * <p>The number of working weekdays is also the divisor that spreads an allocation's hours per week over days,
 * see {@link Allocation}.
 *
 * @param workingDays the working weekdays, at least one
 * @param holidays    days off for the whole tenant, whatever weekday they fall on
 */
public record TenantCalendar(Set<DayOfWeek> workingDays, Set<LocalDate> holidays) {

    /** Monday to Friday with no holidays. */
    public static final TenantCalendar MONDAY_TO_FRIDAY = new TenantCalendar(
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), Set.of());

    /** @throws IllegalArgumentException when no weekday is a working day */
    public TenantCalendar {
        Objects.requireNonNull(workingDays, "workingDays");
        Objects.requireNonNull(holidays, "holidays");
        if (workingDays.isEmpty()) {
            throw new IllegalArgumentException("A calendar has at least one working weekday");
        }
        workingDays = Set.copyOf(workingDays);
        holidays = Set.copyOf(holidays);
    }

    /** The same working weekdays with these holidays. */
    public TenantCalendar withHolidays(Set<LocalDate> holidays) {
        return new TenantCalendar(workingDays, holidays);
    }

    /** Whether {@code day} is a working weekday and no holiday. */
    public boolean isWorkingDay(LocalDate day) {
        return workingDays.contains(day.getDayOfWeek()) && !holidays.contains(day);
    }

    /**
     * For each day of {@code range}, whether it is a working day: computed once and shared by every resource of
     * a query.
     */
    boolean[] workingDayMask(DateRange range) {
        boolean[] weekday = new boolean[7];
        for (DayOfWeek day : workingDays) {
            weekday[day.ordinal()] = true;
        }
        int days = range.days();
        boolean[] working = new boolean[days];
        int first = range.from().getDayOfWeek().ordinal();
        for (int i = 0; i < days; i++) {
            working[i] = weekday[(first + i) % 7];
        }
        for (LocalDate holiday : holidays) {
            long index = range.indexOf(holiday);
            if (index >= 0 && index < days) {
                working[(int) index] = false;
            }
        }
        return working;
    }
}
