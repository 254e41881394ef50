package io.pmo.resource.capacity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Test data for the capacity math: January 2027 starts on a Friday, so 2027-01-04 is a Monday. */
final class CapacityMother {

    static final LocalDate MONDAY = LocalDate.of(2027, 1, 4);

    static final LocalDate SUNDAY = MONDAY.plusDays(6);

    static final TenantCalendar MONDAY_TO_FRIDAY = TenantCalendar.MONDAY_TO_FRIDAY;

    private CapacityMother() {
    }

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    static LocalDate jan(int day) {
        return LocalDate.of(2027, 1, day);
    }

    static CapacityProfile fullTime(String hoursPerDay) {
        return CapacityProfile.fullTime(d(hoursPerDay));
    }

    static CapacityProfile partTime(String hoursPerDay, String factor) {
        return fullTime(hoursPerDay).withPartTime(List.of(new PartTimePeriod(MONDAY, null, d(factor))));
    }

    static TenantCalendar withHoliday(LocalDate holiday) {
        return MONDAY_TO_FRIDAY.withHolidays(Set.of(holiday));
    }

    static Allocation hours(String id, String hoursPerWeek, LocalDate from, LocalDate to, AllocationStatus status) {
        return Allocation.ofHoursPerWeek(id, "project-" + id, from, to, d(hoursPerWeek), status);
    }

    static Allocation confirmedHours(String id, String hoursPerWeek, LocalDate from, LocalDate to) {
        return hours(id, hoursPerWeek, from, to, AllocationStatus.CONFIRMED);
    }

    static Allocation confirmedPercent(String id, String percent, LocalDate from, LocalDate to) {
        return Allocation.ofPercent(id, "project-" + id, from, to, d(percent), AllocationStatus.CONFIRMED);
    }

    /** Monday 2027-01-04 alone, on a Monday-to-Friday calendar. */
    static PeriodUtilisation monday(CapacityProfile profile) {
        return Utilisation.over(MONDAY_TO_FRIDAY, new DateRange(MONDAY, MONDAY), Granularity.WEEK)
                .of(profile, List.of()).get(0);
    }

    /** The one week 2027-01-04 to 2027-01-10 on a Monday-to-Friday calendar. */
    static PeriodUtilisation week(CapacityProfile profile, List<Allocation> allocations) {
        return week(MONDAY_TO_FRIDAY, profile, allocations);
    }

    static PeriodUtilisation week(TenantCalendar calendar, CapacityProfile profile, List<Allocation> allocations) {
        List<PeriodUtilisation> rows = Utilisation.over(calendar, new DateRange(MONDAY, SUNDAY), Granularity.WEEK)
                .of(profile, allocations);
        return rows.get(0);
    }

    static List<PeriodUtilisation> weeks(LocalDate from, LocalDate to, CapacityProfile profile,
                                         List<Allocation> allocations) {
        return Utilisation.over(MONDAY_TO_FRIDAY, new DateRange(from, to), Granularity.WEEK).of(profile, allocations);
    }
}
