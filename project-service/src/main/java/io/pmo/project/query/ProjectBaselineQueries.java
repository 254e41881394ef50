package io.pmo.project.query;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

import io.pmo.events.project.BaselineTask;
import io.pmo.platform.query.TenantQueries;
import io.pmo.project.schedule.DatedTask;
import io.pmo.project.schedule.WbsSchedule;

/** Reads of a project's baselines, and comparisons between them or with the current plan, within one tenant. */
@Component
public class ProjectBaselineQueries {

    /** The name of the current plan as a side of a comparison. */
    public static final String CURRENT = "current";

    private final TenantQueries queries;

    private final ProjectCalendars calendars;

    ProjectBaselineQueries(TenantQueries queries, ProjectCalendars calendars) {
        this.queries = queries;
        this.calendars = calendars;
    }

    public Optional<ProjectBaseline> find(String tenantId, String projectId, String baselineId) {
        return queries.findById(tenantId, baselineId, ProjectBaseline.class)
                .filter(baseline -> baseline.projectId().equals(projectId));
    }

    /** The project's baselines in the order they were saved. */
    public TenantQueries.Page<ProjectBaseline> list(String tenantId, String projectId, int page, int size) {
        return queries.page(tenantId, Criteria.where("projectId").is(projectId), Sort.by("savedAt", "_id"), page, size,
                ProjectBaseline.class);
    }

    public BaselineComparison.Side side(ProjectBaseline baseline) {
        return new BaselineComparison.Side(baseline.baselineId(), baseline.finish(), baseline.budgetAtCompletion(),
                baseline.tasks());
    }

    /** The current plan dated as a baseline would date it now. */
    public BaselineComparison.Side current(ProjectPlan plan) {
        WbsSchedule schedule = WbsSchedule.of(ProjectScheduler.wbs(plan), plan.plannedStart(),
                calendars.enterpriseCalendar(plan.tenantId()).withExceptions(plan.calendarExceptionsByDate()), null);
        List<BaselineTask> tasks = plan.tasks().stream().map(task -> {
            DatedTask dated = schedule.tasks().get(task.taskId());
            return new BaselineTask(task.taskId(), task.parentTaskId(), task.name(), dated.summary(),
                    dated.durationDays(), dated.earlyStart(), dated.earlyFinish(), dated.plannedCost(),
                    task.earnedValueMethod(), task.checkpoints());
        }).toList();
        return new BaselineComparison.Side(CURRENT, schedule.earlyFinish(), schedule.budgetAtCompletion(), tasks);
    }
}
