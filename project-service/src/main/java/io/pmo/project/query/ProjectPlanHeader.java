package io.pmo.project.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import io.pmo.events.project.CalendarDay;
import io.pmo.events.project.Methodology;

/**
 * The part of a {@link ProjectPlan} that is not its tasks: master data, calendar exceptions, custom field values,
 * and which event of the project was applied last ({@code version}, the guard against a replayed or repeated
 * event). {@code tasksAdded} counts the project's {@code TaskAdded} events: the n-th task added holds slot
 * {@code n - 1} ({@link PlanTask#slotOf}), so the plan's tasks are read by a key lookup of slots 0 to
 * {@code tasksAdded - 1}. Its size does not grow with the plan.
 */
@Document(ProjectPlanHeader.COLLECTION)
record ProjectPlanHeader(@Id String projectId, String tenantId, LocalDate plannedStart, LocalDate plannedFinish,
        String sponsorId, String businessUnit, Methodology methodology, String currency, long version,
        Instant updatedAt, String lastEventId, List<CalendarDay> calendarExceptions, Map<String, String> customFields,
        long tasksAdded) {

    static final String COLLECTION = "project_plan_headers";

    static final String VERSION = "version";

    static final String TASKS_ADDED = "tasksAdded";

    /** The plan with these tasks, in the order given. */
    ProjectPlan plan(List<ProjectPlan.PlannedTask> tasks) {
        return new ProjectPlan(projectId, tenantId, plannedStart, plannedFinish, sponsorId, businessUnit, methodology,
                currency, tasks, version, updatedAt, lastEventId, calendarExceptions, customFields);
    }
}
