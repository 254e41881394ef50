package io.pmo.project.command;

import java.util.LinkedHashSet;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;

import io.pmo.events.project.BaselineSaved;
import io.pmo.events.project.CalendarDay;
import io.pmo.events.project.PerformanceBaselineDesignated;
import io.pmo.platform.domain.RuleViolated;
import io.pmo.platform.domain.StateConflict;
import io.pmo.project.schedule.WbsSchedule;
import io.pmo.project.schedule.WorkingCalendar;

/**
 * The project's baselines: their ids in the order they were saved, and the performance baseline, the one earned
 * value is measured against (the first one saved, until another is designated). A part of the {@link Project};
 * what a baseline freezes comes from the {@link WorkBreakdown} and the calendar.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
final class Baselines {

    /** In the order they were saved (a snapshot restores the declared, ordered type). */
    private LinkedHashSet<String> baselines = new LinkedHashSet<>();

    private String performanceBaselineId;

    /** A baseline has a name, a new id and a plan to freeze. */
    void checkNew(String baselineId, String name, boolean noTasks) {
        if (name == null || name.isBlank()) {
            throw new RuleViolated("A baseline needs a name", "name", "must not be blank");
        }
        if (noTasks) {
            throw new RuleViolated("The project has no tasks to baseline");
        }
        if (baselines.contains(baselineId)) {
            throw new StateConflict("Baseline " + baselineId + " already exists");
        }
    }

    /** Whether a new baseline becomes the performance baseline: when asked to, and always the first one. */
    boolean designatesPerformance(boolean asked) {
        return asked || performanceBaselineId == null;
    }

    /** Whether designating this known baseline changes the performance baseline. */
    boolean changesPerformance(String baselineId) {
        if (!baselines.contains(baselineId)) {
            throw new RuleViolated("No baseline " + baselineId + " in this project",
                    "baselineId", "must be a baseline of this project");
        }
        return !baselineId.equals(performanceBaselineId);
    }

    String performanceBaselineId() {
        return performanceBaselineId;
    }

    /** The calendar's exceptions while the schedule runs, as the baseline keeps them. */
    static List<CalendarDay> exceptionsDuring(WorkingCalendar calendar, WbsSchedule schedule) {
        return calendar.exceptionsBetween(schedule.start(), schedule.earlyFinish()).entrySet().stream()
                .map(day -> new CalendarDay(day.getKey(), day.getValue())).toList();
    }

    void on(BaselineSaved event) {
        baselines.add(event.baselineId());
    }

    void on(PerformanceBaselineDesignated event) {
        performanceBaselineId = event.baselineId();
    }
}
