package io.pmo.events.project;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;

import io.pmo.events.common.Money;

/**
 * The plan was frozen as a baseline: every task's plan and dates, the project's planned start and finish,
 * its budget at completion, and the working calendar the dates were computed on (working weekdays plus the
 * exceptions between start and finish), so that planned value can be spread over working days without asking
 * project-service.
 */
@Revision("1")
public record BaselineSaved(String projectId, String tenantId, String baselineId, String name, LocalDate start,
        LocalDate finish, Money budgetAtCompletion, List<DayOfWeek> workingWeekdays,
        List<CalendarDay> calendarExceptions, List<BaselineTask> tasks) implements ProjectEvent {
}
