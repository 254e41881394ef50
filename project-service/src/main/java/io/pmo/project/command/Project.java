package io.pmo.project.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import io.pmo.events.project.ActualCostCorrected;
import io.pmo.events.project.ActualCostRecorded;
import io.pmo.events.project.BaselineSaved;
import io.pmo.events.project.CalendarDay;
import io.pmo.events.project.MilestoneMissed;
import io.pmo.events.project.MilestoneReached;
import io.pmo.events.project.MilestoneTargetSet;
import io.pmo.events.project.PerformanceBaselineDesignated;
import io.pmo.events.project.ProgressCorrected;
import io.pmo.events.project.ProgressReported;
import io.pmo.events.project.ProjectCalendarChanged;
import io.pmo.events.project.ProjectCreated;
import io.pmo.events.project.ProjectCustomFieldsChanged;
import io.pmo.events.project.ProjectDetailsChanged;
import io.pmo.events.project.ProjectManagerAssigned;
import io.pmo.events.project.ProjectPlannedDatesChanged;
import io.pmo.events.project.ProjectRenamed;
import io.pmo.events.project.ProjectStatus;
import io.pmo.events.project.ProjectStatusChanged;
import io.pmo.events.project.StatusReportFiled;
import io.pmo.events.project.TaskAdded;
import io.pmo.events.project.TaskDependenciesChanged;
import io.pmo.events.project.TaskDependency;
import io.pmo.events.project.TaskPlanChanged;
import io.pmo.events.project.TaskRemoved;
import io.pmo.platform.access.Caller;
import io.pmo.project.command.FactLedger.Fact;
import io.pmo.project.command.FactLedger.FactKind;
import io.pmo.project.command.ProjectCommands.AddTask;
import io.pmo.project.command.ProjectCommands.ApproveFundedProject;
import io.pmo.project.command.ProjectCommands.AssignProjectManager;
import io.pmo.project.command.ProjectCommands.ChangePlannedDates;
import io.pmo.project.command.ProjectCommands.ChangeProjectStatus;
import io.pmo.project.command.ProjectCommands.ChangeTaskPlan;
import io.pmo.project.command.ProjectCommands.CorrectActualCost;
import io.pmo.project.command.ProjectCommands.CorrectProgress;
import io.pmo.project.command.ProjectCommands.CreateProject;
import io.pmo.project.command.ProjectCommands.DesignatePerformanceBaseline;
import io.pmo.project.command.ProjectCommands.DetectMissedMilestones;
import io.pmo.project.command.ProjectCommands.FileStatusReport;
import io.pmo.project.command.ProjectCommands.Progress;
import io.pmo.project.command.ProjectCommands.ProjectStarted;
import io.pmo.project.command.ProjectCommands.RecordActualCost;
import io.pmo.project.command.ProjectCommands.RemoveTask;
import io.pmo.project.command.ProjectCommands.RenameProject;
import io.pmo.project.command.ProjectCommands.ReportProgress;
import io.pmo.project.command.ProjectCommands.SaveBaseline;
import io.pmo.project.command.ProjectCommands.SetCustomFieldValues;
import io.pmo.project.command.ProjectCommands.SetMilestoneTarget;
import io.pmo.project.command.ProjectCommands.SetProjectCalendar;
import io.pmo.project.command.ProjectCommands.SetProjectDetails;
import io.pmo.project.command.ProjectCommands.SetTaskDependencies;
import io.pmo.project.command.ProjectCommands.TaskPlan;
import io.pmo.project.query.CustomFieldDefinitions;
import io.pmo.project.query.ProjectCalendars;
import io.pmo.project.schedule.WbsSchedule;
import io.pmo.project.schedule.WorkingCalendar;

/**
 * A project, the aggregate root: its command handlers check a command through the parts of the
 * {@link ProjectState} its events built (profile, lifecycle, work breakdown, baselines, fact ledger), and apply
 * the events; a rule that fails throws a domain rejection of {@code io.pmo.platform.domain}. Snapshotted every 100
 * events and cached, so a project with 1,000 tasks and years of history loads fast. Every handler answers the
 * aggregate's new version, which the API returns as the resource's ETag.
 */
@Aggregate(snapshotTriggerDefinition = "pmoSnapshotTrigger", cache = ProjectAggregateConfiguration.CACHE)
class Project extends ProjectState {

    Project() {
        // for Axon, and for the creation policy of CreateProject
    }

    /** Creates the project (a creation policy rather than a constructor, so that it can answer the version). */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    ProjectStarted handle(CreateProject command, Caller caller) {
        ProjectProfile.checkName(command.name());
        ProjectProfile.checkDates(command.plannedStart(), command.plannedFinish());
        String manager = ProjectProfile.managerFor(command, caller);
        apply(new ProjectCreated(command.projectId(), command.tenantId(), command.name(), command.plannedStart(),
                command.plannedFinish(), ProjectStatus.PROPOSED));
        if (manager != null) {
            apply(new ProjectManagerAssigned(command.projectId(), command.tenantId(), manager, null));
        }
        return new ProjectStarted(AggregateLifecycle.getVersion(), manager);
    }

    @CommandHandler
    long handle(SetProjectDetails command) {
        lifecycle.requireOpen("change the details of");
        String unit = profile.checkDetails(command, workBreakdown.hasAmounts());
        if (profile.changesDetails(command, unit)) {
            apply(new ProjectDetailsChanged(projectId, tenantId, command.sponsorId(), unit, command.methodology(),
                    command.currency()));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(AddTask command) {
        lifecycle.requireOpen("plan");
        TaskPlan plan = workBreakdown.checkNew(command.taskId(), command.plan(), profile.currency());
        apply(new TaskAdded(projectId, tenantId, command.taskId(), plan.parentTaskId(), plan.name(),
                plan.durationDays(), plan.plannedCost(), plan.earnedValueMethod(), plan.checkpoints()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(ChangeTaskPlan command) {
        lifecycle.requireOpen("plan");
        TaskPlan plan = workBreakdown.checkReplan(command.taskId(), command.plan(), profile.currency());
        if (workBreakdown.task(command.taskId()).differsFrom(plan)) {
            apply(new TaskPlanChanged(projectId, tenantId, command.taskId(), plan.parentTaskId(), plan.name(),
                    plan.durationDays(), plan.plannedCost(), plan.earnedValueMethod(), plan.checkpoints()));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(SetTaskDependencies command) {
        lifecycle.requireOpen("plan");
        List<TaskDependency> predecessors = workBreakdown.checkDependencies(command.taskId(), command.predecessors());
        if (!workBreakdown.task(command.taskId()).predecessors().equals(predecessors)) {
            apply(new TaskDependenciesChanged(projectId, tenantId, command.taskId(), predecessors));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(RemoveTask command) {
        lifecycle.requireOpen("plan");
        workBreakdown.checkRemoval(command.taskId());
        apply(new TaskRemoved(projectId, tenantId, command.taskId()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(SetMilestoneTarget command) {
        lifecycle.requireOpen("plan");
        Task milestone = workBreakdown.checkTarget(command.taskId());
        if (!Objects.equals(milestone.targetDate(), command.targetDate())) {
            apply(new MilestoneTargetSet(projectId, tenantId, milestone.taskId(), command.targetDate(),
                    milestone.targetDate()));
        }
        return AggregateLifecycle.getVersion();
    }

    /**
     * Sent by the platform's milestone watch, not by a user: a milestone whose target date lies before today and
     * that was not reached is missed, once. Projects that are closed are left alone.
     */
    @CommandHandler
    long handle(DetectMissedMilestones command) {
        if (!lifecycle.isFinal()) {
            workBreakdown.missedBy(command.today()).forEach(milestone -> apply(new MilestoneMissed(projectId,
                    tenantId, milestone.taskId(), milestone.targetDate(), command.today())));
        }
        return AggregateLifecycle.getVersion();
    }

    /**
     * Freezes the plan: every task with its dates by the critical path method on the tenant's calendar with the
     * project's exceptions, the budget at completion and the calendar itself. The first baseline is the
     * performance baseline.
     */
    @CommandHandler
    long handle(SaveBaseline command, ProjectCalendars calendars) {
        lifecycle.requireOpen("baseline");
        baselines.checkNew(command.baselineId(), command.name(), workBreakdown.isEmpty());
        WorkingCalendar calendar = calendars.enterpriseCalendar(tenantId).withExceptions(profile.ownCalendar());
        WbsSchedule schedule = workBreakdown.schedule(profile.plannedStart(), calendar);
        List<CalendarDay> exceptions = Baselines.exceptionsDuring(calendar, schedule);
        apply(new BaselineSaved(projectId, tenantId, command.baselineId(), command.name().strip(), schedule.start(),
                schedule.earlyFinish(), schedule.budgetAtCompletion(), calendar.workingWeekdays(), exceptions,
                workBreakdown.frozen(schedule)));
        if (baselines.designatesPerformance(command.performance())) {
            apply(new PerformanceBaselineDesignated(projectId, tenantId, command.baselineId(),
                    baselines.performanceBaselineId()));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(DesignatePerformanceBaseline command) {
        lifecycle.requireOpen("change the performance baseline of");
        if (baselines.changesPerformance(command.baselineId())) {
            apply(new PerformanceBaselineDesignated(projectId, tenantId, command.baselineId(),
                    baselines.performanceBaselineId()));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(ReportProgress command) {
        lifecycle.requireTracking(false);
        Task task = workBreakdown.workTask(command.taskId());
        task.checkProgress(command.progress());
        ledger.requireNewFact(command.factId());
        Progress progress = command.progress();
        apply(new ProgressReported(projectId, tenantId, task.taskId(), command.factId(), progress.effectiveDate(),
                progress.percentComplete(), progress.actualStart(), progress.actualFinish(),
                progress.checkpointsDone()));
        reachIfFinished(task, progress);
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(CorrectProgress command) {
        lifecycle.requireTracking(true);
        Fact corrected = ledger.correctable(command.correctsFactId(), FactKind.PROGRESS);
        Task task = workBreakdown.workTask(corrected.taskId());
        task.checkProgress(command.progress());
        ledger.requireNewFact(command.factId());
        Progress progress = command.progress();
        apply(new ProgressCorrected(projectId, tenantId, task.taskId(), command.factId(), command.correctsFactId(),
                progress.effectiveDate(), progress.percentComplete(), progress.actualStart(), progress.actualFinish(),
                progress.checkpointsDone(), FactLedger.reason(command.reason())));
        reachIfFinished(task, progress);
        return AggregateLifecycle.getVersion();
    }

    /** A milestone reported finished is reached, on its actual finish (or the fact's effective date). */
    private void reachIfFinished(Task task, Progress progress) {
        LocalDate reachedOn = task.reachedBy(progress);
        if (reachedOn != null) {
            apply(new MilestoneReached(projectId, tenantId, task.taskId(), reachedOn, task.targetDate(),
                    task.targetDate() != null && reachedOn.isAfter(task.targetDate())));
        }
    }

    @CommandHandler
    long handle(RecordActualCost command) {
        lifecycle.requireTracking(false);
        Task task = workBreakdown.workTask(command.taskId());
        FactLedger.checkCost(command.effectiveDate(), command.amount(), profile.currency());
        ledger.requireNewFact(command.factId());
        apply(new ActualCostRecorded(projectId, tenantId, task.taskId(), command.factId(), command.effectiveDate(),
                command.amount()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(CorrectActualCost command) {
        lifecycle.requireTracking(true);
        Fact corrected = ledger.correctable(command.correctsFactId(), FactKind.COST);
        FactLedger.checkCost(command.effectiveDate(), command.amount(), profile.currency());
        ledger.requireNewFact(command.factId());
        apply(new ActualCostCorrected(projectId, tenantId, corrected.taskId(), command.factId(),
                command.correctsFactId(), command.effectiveDate(), command.amount(), FactLedger.reason(command.reason())));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(FileStatusReport command) {
        lifecycle.requireReporting();
        ledger.checkReport(command);
        apply(new StatusReportFiled(projectId, tenantId, command.reportId(), command.statusDate(), command.schedule(),
                command.cost(), command.scope(), command.risk(), command.summary().strip()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(AssignProjectManager command) {
        lifecycle.requireOpen("change the manager of");
        if (profile.changesManager(command.managerId())) {
            apply(new ProjectManagerAssigned(projectId, tenantId, command.managerId(), profile.managerId()));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(RenameProject command) {
        lifecycle.requireOpen("rename");
        if (profile.renames(command.name())) {
            apply(new ProjectRenamed(projectId, tenantId, profile.name(), command.name()));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(ChangePlannedDates command) {
        lifecycle.requireOpen("change the planned dates of");
        if (profile.changesDates(command.plannedStart(), command.plannedFinish())) {
            apply(new ProjectPlannedDatesChanged(projectId, tenantId, command.plannedStart(), command.plannedFinish()));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(ChangeProjectStatus command) {
        String reason = lifecycle.checkTransition(command.target(), command.reason());
        apply(new ProjectStatusChanged(projectId, tenantId, lifecycle.status(), command.target(), reason));
        return AggregateLifecycle.getVersion();
    }

    /**
     * Funding approved in portfolio-service (a reaction, see {@link FundingReactions}): a PROPOSED project moves
     * to APPROVED. A project that was approved by hand already, or closed, stays as it is: the reaction is not an
     * error, and a redelivered event never reaches here (its command id was recorded).
     */
    @CommandHandler
    long handle(ApproveFundedProject command) {
        if (lifecycle.awaitsFunding()) {
            apply(new ProjectStatusChanged(projectId, tenantId, lifecycle.status(), ProjectStatus.APPROVED,
                    "Funding approved: decision " + command.decisionId() + " of portfolio " + command.portfolioId()));
        }
        return AggregateLifecycle.getVersion();
    }

    /** Sets the project's calendar exceptions; one per date, kept in date order. */
    @CommandHandler
    long handle(SetProjectCalendar command) {
        lifecycle.requireOpen("change the calendar of");
        List<CalendarDay> exceptions = ProjectCalendarRules.check(command.exceptions());
        if (profile.changesCalendar(exceptions)) {
            apply(new ProjectCalendarChanged(projectId, tenantId, exceptions));
        }
        return AggregateLifecycle.getVersion();
    }

    /** Sets the project's custom field values, valid against the tenant's definitions (a Spring bean port). */
    @CommandHandler
    long handle(SetCustomFieldValues command, CustomFieldDefinitions definitions) {
        lifecycle.requireOpen("set the custom fields of");
        Map<String, String> values = CustomFieldRules.checkValues(definitions.of(tenantId), command.values());
        if (profile.changesCustomFields(values)) {
            apply(new ProjectCustomFieldsChanged(projectId, tenantId, values));
        }
        return AggregateLifecycle.getVersion();
    }
}
