package io.pmo.resource.capacity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
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

    /**
     * {@code size} resources for a year from 2027-01-04, each with a part-time period of 0.8 from a random day,
     * two absences of 1 to 10 days and five allocations (hours per week or percent, mostly confirmed), a java skill
     * of level 1 to 5 and one in ten a placeholder.
     */
    static List<SkilledResource> team(int size, Random random) {
        String[] hoursPerDay = {"6", "7.5", "8"};
        List<SkilledResource> team = new ArrayList<>(size);
        for (int r = 0; r < size; r++) {
            CapacityProfile profile = new CapacityProfile(d(hoursPerDay[random.nextInt(hoursPerDay.length)]),
                    MONDAY.plusDays(random.nextInt(30)), null,
                    List.of(new PartTimePeriod(MONDAY.plusDays(random.nextInt(364)), null, d("0.8"))),
                    List.of(absence(random), absence(random)));
            List<Allocation> allocations = new ArrayList<>(5);
            for (int a = 0; a < 5; a++) {
                LocalDate from = MONDAY.plusDays(random.nextInt(300));
                LocalDate to = from.plusDays(7 + random.nextInt(120));
                AllocationStatus status = random.nextInt(4) == 0 ? AllocationStatus.REQUESTED : AllocationStatus.CONFIRMED;
                String id = r + "-" + a;
                allocations.add(a % 2 == 0
                        ? Allocation.ofHoursPerWeek(id, "project-" + random.nextInt(50), from, to,
                        d(String.valueOf(4 + random.nextInt(30))), status)
                        : Allocation.ofPercent(id, "project-" + random.nextInt(50), from, to,
                        d(String.valueOf(5 + random.nextInt(60))), status));
            }
            team.add(new SkilledResource("resource-" + r, Map.of("java", 1 + random.nextInt(5)), r % 10 == 0,
                    profile, allocations));
        }
        return team;
    }

    private static Absence absence(Random random) {
        LocalDate from = MONDAY.plusDays(random.nextInt(350));
        return new Absence(from, from.plusDays(random.nextInt(10)));
    }
}
