package io.pmo.project.command.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
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

    private WorkingCalendar(Set<DayOfWeek> workingWeekdays, Map<LocalDate, Boolean> exceptions) {
        if (workingWeekdays.isEmpty()) {
            throw new IllegalArgumentException("A calendar needs at least one working weekday");
        }
        this.workingWeekdays = EnumSet.copyOf(workingWeekdays);
        this.exceptions = new TreeMap<>(exceptions);
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
     * negative day lies before the project's start: a late date that negative float pushed back.
     */
    public LocalDate dateOf(LocalDate projectStart, int day) {
        LocalDate date = firstWorkingDayFrom(projectStart);
        for (int counted = 0; counted < day; counted++) {
            date = firstWorkingDayFrom(date.plusDays(1));
        }
        for (int counted = 0; counted > day; counted--) {
            date = lastWorkingDayUntil(date.minusDays(1));
        }
        return date;
    }

    /** The date a task shows as its finish (its last day of work), or a milestone as its date. */
    public LocalDate finishDateOf(LocalDate projectStart, int startDay, int finishDay) {
        int lastDay = finishDay > startDay ? finishDay - 1 : startDay == 0 ? 0 : startDay - 1;
        return dateOf(projectStart, lastDay);
    }

    private LocalDate lastWorkingDayUntil(LocalDate date) {
        LocalDate day = date;
        for (int i = 0; !isWorkingDay(day); i++) {
            if (i > MAX_SEARCH_DAYS) {
                throw new IllegalStateException("No working day within 100 years before " + date);
            }
            day = day.minusDays(1);
        }
        return day;
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

    /** Working days in {@code [from, to)}; 0 if {@code to} is not after {@code from}. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from; day.isBefore(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
