package io.pmo.project.command;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.pmo.events.project.CalendarDay;
import io.pmo.platform.domain.RuleViolated;

/** What a project's own calendar exceptions must be: one per date, each with a date; kept in date order. */
final class ProjectCalendarRules {

    private ProjectCalendarRules() {
    }

    static List<CalendarDay> check(List<CalendarDay> exceptions) {
        List<Map<String, String>> errors = new ArrayList<>();
        Map<Object, Integer> seen = new HashMap<>();
        for (int i = 0; i < exceptions.size(); i++) {
            CalendarDay exception = exceptions.get(i);
            if (exception.date() == null) {
                errors.add(Map.of("field", "exceptions[" + i + "].date", "message", "must not be null"));
            }
            else if (seen.putIfAbsent(exception.date(), i) != null) {
                errors.add(Map.of("field", "exceptions[" + i + "].date", "message",
                        "repeats the date of exceptions[" + seen.get(exception.date()) + "]"));
            }
        }
        if (!errors.isEmpty()) {
            throw new RuleViolated("A project has at most one calendar exception per date",
                    Map.of(RuleViolated.ERRORS, errors));
        }
        return exceptions.stream().sorted(Comparator.comparing(CalendarDay::date)).toList();
    }
}
