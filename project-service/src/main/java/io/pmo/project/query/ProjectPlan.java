package io.pmo.project.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import io.pmo.events.common.Money;
import io.pmo.events.project.CalendarDay;
import io.pmo.events.project.Checkpoint;
import io.pmo.events.project.EarnedValueMethod;
import io.pmo.events.project.Methodology;
import io.pmo.events.project.TaskDependency;

/**
 * project-service's own view of a project's plan: master data and the work breakdown structure, in the order
 * tasks were added. The schedule is computed from it on read (the critical path method is fast enough: about
 * a millisecond for 1,000 tasks). {@code version} is the sequence of the last applied event of the project.
 * {@code calendarExceptions} are the project's own departures from the tenant's enterprise calendar;
 * {@code customFields} its custom field values as last written (canonical strings, by key), shown as recorded
 * even after the tenant removed or retyped a definition.
 */
@Document("project_plans")
public record ProjectPlan(@Id String projectId, String tenantId, LocalDate plannedStart, LocalDate plannedFinish,
        String sponsorId, String businessUnit, Methodology methodology, String currency, List<PlannedTask> tasks,
        long version, Instant updatedAt, String lastEventId, List<CalendarDay> calendarExceptions,
        Map<String, String> customFields) implements ProjectDocuments.Versioned<ProjectPlan> {

    public ProjectPlan {
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
        calendarExceptions = calendarExceptions == null ? List.of() : List.copyOf(calendarExceptions);
        customFields = customFields == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(customFields));
    }

    /** A plan without calendar exceptions or custom field values. */
    public ProjectPlan(String projectId, String tenantId, LocalDate plannedStart, LocalDate plannedFinish,
            String sponsorId, String businessUnit, Methodology methodology, String currency, List<PlannedTask> tasks,
            long version, Instant updatedAt, String lastEventId) {
        this(projectId, tenantId, plannedStart, plannedFinish, sponsorId, businessUnit, methodology, currency, tasks,
                version, updatedAt, lastEventId, List.of(), Map.of());
    }

    /** The project's calendar exceptions as {@link io.pmo.project.command.schedule.WorkingCalendar} takes them. */
    public Map<LocalDate, Boolean> calendarExceptionsByDate() {
        Map<LocalDate, Boolean> byDate = new TreeMap<>();
        calendarExceptions.forEach(exception -> byDate.put(exception.date(), exception.working()));
        return byDate;
    }

    /** A task as planned. */
    /**
     * A task as planned; for a milestone also its target date, when it was reached and whether its target
     * passed unreached.
     */
    public record PlannedTask(String taskId, String parentTaskId, String name, int durationDays, Money plannedCost,
            EarnedValueMethod earnedValueMethod, List<Checkpoint> checkpoints, List<TaskDependency> predecessors,
            LocalDate targetDate, LocalDate reachedOn, boolean missed) {

        public PlannedTask {
            checkpoints = checkpoints == null ? List.of() : List.copyOf(checkpoints);
            predecessors = predecessors == null ? List.of() : List.copyOf(predecessors);
        }

        /** A task just added: no dependencies, no milestone state yet. */
        public PlannedTask(String taskId, String parentTaskId, String name, int durationDays, Money plannedCost,
                EarnedValueMethod earnedValueMethod, List<Checkpoint> checkpoints, List<TaskDependency> predecessors) {
            this(taskId, parentTaskId, name, durationDays, plannedCost, earnedValueMethod, checkpoints, predecessors,
                    null, null, false);
        }

        PlannedTask withPlan(String parent, String newName, int days, Money cost, EarnedValueMethod method,
                List<Checkpoint> newCheckpoints) {
            return new PlannedTask(taskId, parent, newName, days, cost, method, newCheckpoints, predecessors,
                    targetDate, reachedOn, missed);
        }

        PlannedTask withPredecessors(List<TaskDependency> newPredecessors) {
            return new PlannedTask(taskId, parentTaskId, name, durationDays, plannedCost, earnedValueMethod,
                    checkpoints, newPredecessors, targetDate, reachedOn, missed);
        }

        PlannedTask withTarget(LocalDate target) {
            return new PlannedTask(taskId, parentTaskId, name, durationDays, plannedCost, earnedValueMethod,
                    checkpoints, predecessors, target, reachedOn, missed);
        }

        PlannedTask reached(LocalDate on) {
            return new PlannedTask(taskId, parentTaskId, name, durationDays, plannedCost, earnedValueMethod,
                    checkpoints, predecessors, targetDate, on, missed);
        }

        PlannedTask withMissed() {
            return new PlannedTask(taskId, parentTaskId, name, durationDays, plannedCost, earnedValueMethod,
                    checkpoints, predecessors, targetDate, reachedOn, true);
        }
    }

    ProjectPlan withDates(LocalDate start, LocalDate finish) {
        return new ProjectPlan(projectId, tenantId, start, finish, sponsorId, businessUnit, methodology, currency,
                tasks, version, updatedAt, lastEventId, calendarExceptions, customFields);
    }

    ProjectPlan withDetails(String sponsor, String unit, Methodology method, String code) {
        return new ProjectPlan(projectId, tenantId, plannedStart, plannedFinish, sponsor, unit, method, code, tasks,
                version, updatedAt, lastEventId, calendarExceptions, customFields);
    }

    ProjectPlan withTasks(UnaryOperator<List<PlannedTask>> change) {
        return new ProjectPlan(projectId, tenantId, plannedStart, plannedFinish, sponsorId, businessUnit,
                methodology, currency, change.apply(new ArrayList<>(tasks)), version, updatedAt, lastEventId,
                calendarExceptions, customFields);
    }

    ProjectPlan withCalendarDays(List<CalendarDay> exceptions) {
        return new ProjectPlan(projectId, tenantId, plannedStart, plannedFinish, sponsorId, businessUnit, methodology,
                currency, tasks, version, updatedAt, lastEventId, exceptions, customFields);
    }

    ProjectPlan withCustomFields(Map<String, String> values) {
        return new ProjectPlan(projectId, tenantId, plannedStart, plannedFinish, sponsorId, businessUnit, methodology,
                currency, tasks, version, updatedAt, lastEventId, calendarExceptions, values);
    }

    /** Records which event built the document last. */
    @Override
    public ProjectPlan appliedEvent(long sequence, Instant at, String eventId) {
        return new ProjectPlan(projectId, tenantId, plannedStart, plannedFinish, sponsorId, businessUnit,
                methodology, currency, tasks, sequence, at, eventId, calendarExceptions, customFields);
    }
}
