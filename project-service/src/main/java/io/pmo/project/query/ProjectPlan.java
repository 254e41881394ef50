package io.pmo.project.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.pmo.events.common.Money;
import io.pmo.events.project.CalendarDay;
import io.pmo.events.project.Checkpoint;
import io.pmo.events.project.EarnedValueMethod;
import io.pmo.events.project.Methodology;
import io.pmo.events.project.TaskDependency;

/**
 * project-service's own view of a project's plan: master data and the work breakdown structure, in the order
 * tasks were added, as {@code GET /projects/{id}/plan} answers it. It is stored in parts, so that an event writes
 * only what it concerns: a {@link ProjectPlanHeader} per project and a {@link PlanTask} per task. The schedule is
 * computed from it on read (the critical path method is fast enough: about a millisecond for 1,000 tasks).
 * {@code version} is the sequence of the last applied event of the project. {@code calendarExceptions} are the
 * project's own departures from the tenant's enterprise calendar; {@code customFields} its custom field values as
 * last written (canonical strings, by key), shown as recorded even after the tenant removed or retyped a definition.
 */
public record ProjectPlan(String projectId, String tenantId, LocalDate plannedStart, LocalDate plannedFinish,
        String sponsorId, String businessUnit, Methodology methodology, String currency, List<PlannedTask> tasks,
        long version, Instant updatedAt, String lastEventId, List<CalendarDay> calendarExceptions,
        Map<String, String> customFields) {

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

    /** The project's calendar exceptions as {@link io.pmo.project.schedule.WorkingCalendar} takes them. */
    public Map<LocalDate, Boolean> calendarExceptionsByDate() {
        Map<LocalDate, Boolean> byDate = new TreeMap<>();
        calendarExceptions.forEach(exception -> byDate.put(exception.date(), exception.working()));
        return byDate;
    }

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
    }
}
