package io.pmo.project.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which days are worked: working weekdays and holidays of the tenant's enterprise calendar, plus a project's own
 * exceptions (a holiday of its own, or a weekend day that is worked). Maps the critical path method's day
 * numbers to dates and back. Day 0 is the first working day on or after the project's planned start.
 *
 * <p>As dates, a start is its first day of work and a finish is its last day of work (inclusive), so a task of
 * {@code d > 0} days from day {@code s} shows {@link #dateOf(LocalDate, int) dateOf(s)} to
 * {@code dateOf(s + d - 1)}. A milestone (0 days) at day {@code s} is reached at the end of day {@code s - 1}
 * and shows that date (day 0's date for a milestone at the very start).
 */
public final class WorkingCalendar {

    /** Beyond this many calendar days a search for a working day gives up: the calendar has none left. */
    private static final int MAX_SEARCH_DAYS = 366 * 100;

    private final Set<DayOfWeek> workingWeekdays;

    /** Date -> worked (true) or not (false); overrides the weekday rule. */
    private final TreeMap<LocalDate, Boolean> exceptions;

    /** The exceptions that differ from the weekday rule, by date, and before each the sum of their effects. */
    private final LocalDate[] effectiveExceptions;

    /** {@code corrections[i]}: working days the first {@code i} effective exceptions add (negative: remove). */
    private final int[] corrections;

    private WorkingCalendar(Set<DayOfWeek> workingWeekdays, Map<LocalDate, Boolean> exceptions) {
        if (workingWeekdays.isEmpty()) {
            throw new IllegalArgumentException("A calendar needs at least one working weekday");
        }
        this.workingWeekdays = EnumSet.copyOf(workingWeekdays);
        this.exceptions = new TreeMap<>(exceptions);
        List<LocalDate> effective = new java.util.ArrayList<>();
        List<Integer> sums = new java.util.ArrayList<>(List.of(0));
        this.exceptions.forEach((date, working) -> {
            if (working != this.workingWeekdays.contains(date.getDayOfWeek())) {
                effective.add(date);
                sums.add(sums.get(sums.size() - 1) + (working ? 1 : -1));
            }
        });
        this.effectiveExceptions = effective.toArray(LocalDate[]::new);
        this.corrections = sums.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Monday to Friday, no holidays. */
    public static WorkingCalendar mondayToFriday() {
        return of(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), Set.of());
    }

    public static WorkingCalendar of(Set<DayOfWeek> workingWeekdays, Set<LocalDate> holidays) {
        Map<LocalDate, Boolean> exceptions = new TreeMap<>();
        holidays.forEach(holiday -> exceptions.put(holiday, false));
        return new WorkingCalendar(workingWeekdays, exceptions);
    }

    /** This calendar with a project's exceptions on top: {@code true} for a day worked, {@code false} for one off. */
    public WorkingCalendar withExceptions(Map<LocalDate, Boolean> projectExceptions) {
        Map<LocalDate, Boolean> merged = new TreeMap<>(exceptions);
        merged.putAll(projectExceptions);
        return new WorkingCalendar(workingWeekdays, merged);
    }

    /** The weekdays worked, Monday first. */
    public List<DayOfWeek> workingWeekdays() {
        return List.copyOf(workingWeekdays);
    }

    /**
     * The dates in {@code [from, to]} whose working status differs from the weekday rule, in date order: what a
     * reader needs besides {@link #workingWeekdays()} to rebuild this calendar over that span.
     */
    public Map<LocalDate, Boolean> exceptionsBetween(LocalDate from, LocalDate to) {
        Map<LocalDate, Boolean> span = new TreeMap<>();
        exceptions.subMap(from, true, to, true).forEach((date, working) -> {
            if (working != workingWeekdays.contains(date.getDayOfWeek())) {
                span.put(date, working);
            }
        });
        return span;
    }

    public boolean isWorkingDay(LocalDate date) {
        Boolean exception = exceptions.get(date);
        return exception != null ? exception : workingWeekdays.contains(date.getDayOfWeek());
    }

    /** The first working day on or after {@code date}. */
    public LocalDate firstWorkingDayFrom(LocalDate date) {
        LocalDate day = date;
        for (int i = 0; !isWorkingDay(day); i++) {
            if (i > MAX_SEARCH_DAYS) {
                throw new IllegalStateException("No working day within 100 years after " + date);
            }
            day = day.plusDays(1);
        }
        return day;
    }

    /**
     * The date of working day {@code day} (0 = the first working day on or after {@code projectStart}). A
     * negative day lies before the project's start: a late date that negative float pushed back. Found by a
     * binary search over {@link #workingDaysBetween}, so a day far away costs no more than a near one.
     */
    public LocalDate dateOf(LocalDate projectStart, int day) {
        LocalDate origin = firstWorkingDayFrom(projectStart);
        if (day >= 0) {
            // the smallest n with day + 1 working days in [origin, origin + n]
            long high = Math.max(7, (long) day * 7 / workingWeekdays.size() + 7);
            while (workingDaysBetween(origin, origin.plusDays(high + 1)) < day + 1L) {
                high *= 2;
            }
            long low = 0;
            while (low < high) {
                long middle = (low + high) >>> 1;
                if (workingDaysBetween(origin, origin.plusDays(middle + 1)) >= day + 1L) {
                    high = middle;
                }
                else {
                    low = middle + 1;
                }
            }
            return origin.plusDays(low);
        }
        // the smallest m with -day working days in [origin - m, origin)
        long high = Math.max(7, -(long) day * 7 / workingWeekdays.size() + 7);
        while (workingDaysBetween(origin.minusDays(high), origin) < -(long) day) {
            high *= 2;
        }
        long low = 1;
        while (low < high) {
            long middle = (low + high) >>> 1;
            if (workingDaysBetween(origin.minusDays(middle), origin) >= -(long) day) {
                high = middle;
            }
            else {
                low = middle + 1;
            }
        }
        return origin.minusDays(low);
    }

    /** The date a task shows as its finish (its last day of work), or a milestone as its date. */
    public LocalDate finishDateOf(LocalDate projectStart, int startDay, int finishDay) {
        int lastDay = finishDay > startDay ? finishDay - 1 : startDay == 0 ? 0 : startDay - 1;
        return dateOf(projectStart, lastDay);
    }

    /** The day number of the first working day on or after {@code date} (0 for any date up to day 0). */
    public int startDayOf(LocalDate projectStart, LocalDate date) {
        return workingDaysBetween(firstWorkingDayFrom(projectStart), date);
    }

    /**
     * The exclusive finish day meaning "finished by the end of {@code date}": one past the last working day on
     * or before it (0 if it is before day 0). This is how a milestone's target date becomes a
     * finish-no-later-than constraint.
     */
    public int finishDayOf(LocalDate projectStart, LocalDate date) {
        return workingDaysBetween(firstWorkingDayFrom(projectStart), date.plusDays(1));
    }

    /**
     * Working days in {@code [from, to)}; 0 if {@code to} is not after {@code from}. Whole weeks of the weekday
     * rule are counted at once and the exceptions in the range added from their running sum, so the count costs
     * the same for a week and for a century.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        if (days <= 0) {
            return 0;
        }
        long count = days / 7 * workingWeekdays.size();
        for (LocalDate day = from.plusDays(days / 7 * 7); day.isBefore(to); day = day.plusDays(1)) {
            if (workingWeekdays.contains(day.getDayOfWeek())) {
                count++;
            }
        }
        count += corrections[exceptionsBefore(to)] - corrections[exceptionsBefore(from)];
        return (int) Math.min(count, Integer.MAX_VALUE);
    }

    /** How many effective exceptions lie before {@code date}. */
    private int exceptionsBefore(LocalDate date) {
        int index = Arrays.binarySearch(effectiveExceptions, date);
        return index >= 0 ? index : -index - 1;
    }
}
