package io.pmo.project.query;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import io.pmo.events.common.Money;
import io.pmo.events.project.BaselineTask;
import io.pmo.events.project.CalendarDay;

/**
 * A saved baseline of a project, as its {@code BaselineSaved} event froze it, and whether it is the project's
 * performance baseline now. {@code version} is the project's version when this document last changed.
 */
@Document("project_baselines")
public record ProjectBaseline(@Id String baselineId, String projectId, String tenantId, String name, Instant savedAt,
        LocalDate start, LocalDate finish, Money budgetAtCompletion, List<DayOfWeek> workingWeekdays,
        List<CalendarDay> calendarExceptions, List<BaselineTask> tasks, boolean performance, long version) {
}
