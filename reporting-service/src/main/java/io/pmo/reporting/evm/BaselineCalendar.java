package io.pmo.reporting.evm;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.pmo.events.project.CalendarDay;

/**
 * The working calendar a baseline was scheduled on, as {@code BaselineSaved} carries it: the weekdays worked and
 * the dates worked or not against that rule (holidays, a Saturday worked). Planned value is spread over the
 * working days of this calendar, so a holiday inside a task moves value to the task's other days.
 */
public record BaselineCalendar(Set<DayOfWeek> workingWeekdays, Map<LocalDate, Boolean> exceptions) {

    public BaselineCalendar {
        if (workingWeekdays == null || workingWeekdays.isEmpty()) {
            throw new IllegalArgumentException("A calendar needs at least one working weekday");
        }
        workingWeekdays = Set.copyOf(workingWeekdays);
        exceptions = exceptions == null ? Map.of() : Map.copyOf(exceptions);
    }

    public static BaselineCalendar of(List<DayOfWeek> workingWeekdays, List<CalendarDay> calendarExceptions) {
        Map<LocalDate, Boolean> exceptions = new TreeMap<>();
        if (calendarExceptions != null) {
            calendarExceptions.forEach(day -> exceptions.put(day.date(), day.working()));
        }
        return new BaselineCalendar(Set.copyOf(workingWeekdays), exceptions);
    }

    /** Monday to Friday without holidays: the platform's calendar until tenant calendars exist. */
    public static BaselineCalendar mondayToFriday() {
        return new BaselineCalendar(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), Map.of());
    }

    public boolean isWorkingDay(LocalDate date) {
        Boolean exception = exceptions.get(date);
        return exception != null ? exception : workingWeekdays.contains(date.getDayOfWeek());
    }
}
