package io.pmo.project.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import io.pmo.events.common.Money;
import io.pmo.events.project.ActualCostCorrected;
import io.pmo.events.project.ActualCostRecorded;
import io.pmo.events.project.BaselineSaved;
import io.pmo.events.project.BaselineTask;
import io.pmo.events.project.CalendarDay;
import io.pmo.events.project.Methodology;
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
import io.pmo.events.project.Rag;
import io.pmo.events.project.StatusReportFiled;
import io.pmo.events.project.TaskAdded;
import io.pmo.events.project.TaskDependenciesChanged;
import io.pmo.events.project.TaskDependency;
import io.pmo.events.project.TaskPlanChanged;
import io.pmo.events.project.TaskRemoved;
import io.pmo.platform.access.Caller;
import io.pmo.platform.access.WriteScoped;
import io.pmo.platform.domain.NotAllowed;
import io.pmo.platform.domain.NotFound;
import io.pmo.platform.domain.RuleViolated;
import io.pmo.platform.domain.StateConflict;
import io.pmo.platform.security.PmoRole;
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
import io.pmo.project.schedule.WbsSchedule;
import io.pmo.project.schedule.WorkingCalendar;
import io.pmo.project.query.ProjectCalendars;
import io.pmo.project.query.CustomFieldDefinitions;

/**
 * A project: its name, planned dates, lifecycle, manager, master data and work breakdown structure (tasks as
 * {@link Task} entities), its baselines and the ids of its progress and cost facts. Snapshotted every 100
 * events (as JSON of its fields) and cached, so a project with 1,000 tasks and years of history loads fast. Rules are checked in the command handlers; state changes
 * only in the event sourcing handlers. Every handler answers the aggregate's new version, which the API
 * returns as the resource's ETag.
 */
@Aggregate(snapshotTriggerDefinition = "pmoSnapshotTrigger", cache = ProjectAggregateConfiguration.CACHE)
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
class Project implements WriteScoped {

    /** User ids as tokens carry them in {@code sub}. */
    private static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9._:@-]{1,128}");

    @AggregateIdentifier
    private String projectId;

    private String tenantId;

    private String name;

    private LocalDate plannedStart;

    private LocalDate plannedFinish;

    private ProjectStatus status;

    private String managerId;

    private String sponsorId;

    private String businessUnit;

    private Methodology methodology;

    /** ISO 4217; null until the details are first set. Every amount of the project is in it. */
    private String currency;

    /*
     * Collections are declared with their concrete types: a snapshot restores the declared type, and a plain
     * Set would come back as a HashSet in another order.
     */

    /** Baseline ids in the order they were saved, and the one earned value is measured against. */
    private LinkedHashSet<String> baselines = new LinkedHashSet<>();

    private String performanceBaselineId;

    /** Progress and cost facts by fact id: which kind and task, so that a correction can be checked. */
    private Map<String, Fact> facts = new HashMap<>();

    private Set<String> statusReports = new HashSet<>();

    /** The project's own calendar exceptions, ascending by date. */
    private ArrayList<CalendarDay> calendarExceptions = new ArrayList<>();

    /** Custom field values in canonical form, by key. */
    private TreeMap<String, String> customFieldValues = new TreeMap<>();

    /** The tasks, their tree, links and milestones; unwrapped, so a snapshot keeps its "tasks" where they were. */
    @JsonUnwrapped
    private WorkBreakdown workBreakdown = new WorkBreakdown();

    Project() {
        // for Axon, and for the creation policy of CreateProject
    }

    /**
     * Creates the project (a creation policy rather than a constructor, so that it can answer the version).
     * A project manager creates only projects they manage: they become the manager, and naming someone else is
     * not allowed. An admin (or the platform itself) may name any manager, or none yet.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    ProjectStarted handle(CreateProject command, Caller caller) {
        requireName(command.name());
        requireDates(command.plannedStart(), command.plannedFinish());
        String manager = managerFor(command, caller);
        apply(new ProjectCreated(command.projectId(), command.tenantId(), command.name(), command.plannedStart(),
                command.plannedFinish(), ProjectStatus.PROPOSED));
        if (manager != null) {
            apply(new ProjectManagerAssigned(command.projectId(), command.tenantId(), manager, null));
        }
        return new ProjectStarted(AggregateLifecycle.getVersion(), manager);
    }

    private static String managerFor(CreateProject command, Caller caller) {
        if (command.managerId() != null) {
            requireUserId(command.managerId());
        }
        if (caller.internal() || caller.isAdmin()) {
            return command.managerId();
        }
        if (!caller.hasRole(PmoRole.PROJECT_MANAGER)) {
            throw new NotAllowed("Only a PMO admin or a project manager creates projects");
        }
        if (command.managerId() != null && !caller.is(command.managerId())) {
            throw new NotAllowed("A project manager creates only projects they manage");
        }
        return caller.principal();
    }

    @CommandHandler
    long handle(SetProjectDetails command) {
        requireOpen("change the details of");
        if (command.sponsorId() != null && !USER_ID.matcher(command.sponsorId()).matches()) {
            throw new RuleViolated("A sponsor is named by a user id", "sponsorId",
                    "must be 1 to 128 letters, digits or . _ : @ -");
        }
        if (command.methodology() == null) {
            throw new RuleViolated("A project needs a methodology", "methodology", "must not be null");
        }
        Amounts.requireCurrencyCode(command.currency());
        if (currency != null && !currency.equals(command.currency()) && workBreakdown.hasAmounts()) {
            throw new RuleViolated("The project already has amounts in " + currency
                    + ": its currency cannot change", "currency", "must stay " + currency);
        }
        String unit = command.businessUnit() == null || command.businessUnit().isBlank() ? null
                : command.businessUnit().strip();
        if (!Objects.equals(sponsorId, command.sponsorId()) || !Objects.equals(businessUnit, unit)
                || methodology != command.methodology() || !Objects.equals(currency, command.currency())) {
            apply(new ProjectDetailsChanged(projectId, tenantId, command.sponsorId(), unit, command.methodology(),
                    command.currency()));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(AddTask command) {
        requireOpen("plan");
        TaskPlan plan = workBreakdown.checkNew(command.taskId(), command.plan(), currency);
        apply(new TaskAdded(projectId, tenantId, command.taskId(), plan.parentTaskId(), plan.name(),
                plan.durationDays(), plan.plannedCost(), plan.earnedValueMethod(), plan.checkpoints()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(ChangeTaskPlan command) {
        requireOpen("plan");
        TaskPlan plan = workBreakdown.checkReplan(command.taskId(), command.plan(), currency);
        if (workBreakdown.task(command.taskId()).differsFrom(plan)) {
            apply(new TaskPlanChanged(projectId, tenantId, command.taskId(), plan.parentTaskId(), plan.name(),
                    plan.durationDays(), plan.plannedCost(), plan.earnedValueMethod(), plan.checkpoints()));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(SetTaskDependencies command) {
        requireOpen("plan");
        List<TaskDependency> predecessors = workBreakdown.checkDependencies(command.taskId(), command.predecessors());
        if (!workBreakdown.task(command.taskId()).predecessors().equals(predecessors)) {
            apply(new TaskDependenciesChanged(projectId, tenantId, command.taskId(), predecessors));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(RemoveTask command) {
        requireOpen("plan");
        workBreakdown.checkRemoval(command.taskId());
        apply(new TaskRemoved(projectId, tenantId, command.taskId()));
        return AggregateLifecycle.getVersion();
    }

    /**
     * Freezes the plan: every task with its dates by the critical path method on the tenant's calendar, the
     * budget at completion and the calendar itself. The first baseline is the performance baseline.
     */
    @CommandHandler
    long handle(SaveBaseline command, ProjectCalendars calendars) {
        requireOpen("baseline");
        if (command.name() == null || command.name().isBlank()) {
            throw new RuleViolated("A baseline needs a name", "name", "must not be blank");
        }
        if (workBreakdown.isEmpty()) {
            throw new RuleViolated("The project has no tasks to baseline");
        }
        if (baselines.contains(command.baselineId())) {
            throw new StateConflict("Baseline " + command.baselineId() + " already exists");
        }
        WorkingCalendar calendar = calendars.enterpriseCalendar(tenantId).withExceptions(ownCalendar());
        WbsSchedule schedule = workBreakdown.schedule(plannedStart, calendar);
        List<BaselineTask> frozen = workBreakdown.frozen(schedule);
        List<CalendarDay> exceptions = calendar.exceptionsBetween(schedule.start(), schedule.earlyFinish()).entrySet()
                .stream().map(day -> new CalendarDay(day.getKey(), day.getValue())).toList();
        apply(new BaselineSaved(projectId, tenantId, command.baselineId(), command.name().strip(), schedule.start(),
                schedule.earlyFinish(), schedule.budgetAtCompletion(), calendar.workingWeekdays(), exceptions, frozen));
        if (command.performance() || performanceBaselineId == null) {
            apply(new PerformanceBaselineDesignated(projectId, tenantId, command.baselineId(), performanceBaselineId));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(DesignatePerformanceBaseline command) {
        requireOpen("change the performance baseline of");
        if (!baselines.contains(command.baselineId())) {
            throw new RuleViolated("No baseline " + command.baselineId() + " in this project",
                    "baselineId", "must be a baseline of this project");
        }
        if (!command.baselineId().equals(performanceBaselineId)) {
            apply(new PerformanceBaselineDesignated(projectId, tenantId, command.baselineId(), performanceBaselineId));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(SetMilestoneTarget command) {
        requireOpen("plan");
        Task task = workBreakdown.checkTarget(command.taskId());
        if (!Objects.equals(task.targetDate(), command.targetDate())) {
            apply(new MilestoneTargetSet(projectId, tenantId, task.taskId(), command.targetDate(), task.targetDate()));
        }
        return AggregateLifecycle.getVersion();
    }

    /**
     * Funding approved in portfolio-service (a reaction, see {@link FundingReactions}): a PROPOSED project moves
     * to APPROVED. A project that was approved by hand already, or closed, stays as it is: the reaction is not an
     * error, and a redelivered event never reaches here (its command id was recorded).
     */
    @CommandHandler
    long handle(ApproveFundedProject command) {
        if (status == ProjectStatus.PROPOSED) {
            apply(new ProjectStatusChanged(projectId, tenantId, status, ProjectStatus.APPROVED, "Funding approved: "
                    + "decision " + command.decisionId() + " of portfolio " + command.portfolioId()));
        }
        return AggregateLifecycle.getVersion();
    }

    /**
     * Sent by the platform's milestone watch, not by a user: a milestone whose target date lies before today and
     * that was not reached is missed, once. Projects that are closed are left alone.
     */
    @CommandHandler
    long handle(DetectMissedMilestones command) {
        if (!status.isFinal()) {
            workBreakdown.missedBy(command.today()).forEach(task -> apply(new MilestoneMissed(projectId, tenantId, task.taskId(), task.targetDate(),
                            command.today())));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(ReportProgress command) {
        requireTracking(false);
        Task task = workBreakdown.workTask(command.taskId());
        task.checkProgress(command.progress());
        requireNewFact(command.factId());
        Progress progress = command.progress();
        apply(new ProgressReported(projectId, tenantId, task.taskId(), command.factId(), progress.effectiveDate(),
                progress.percentComplete(), progress.actualStart(), progress.actualFinish(),
                progress.checkpointsDone()));
        reachIfFinished(task, progress);
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(CorrectProgress command) {
        requireTracking(true);
        Fact corrected = requireFact(command.correctsFactId(), FactKind.PROGRESS);
        Task task = workBreakdown.workTask(corrected.taskId());
        task.checkProgress(command.progress());
        requireNewFact(command.factId());
        Progress progress = command.progress();
        apply(new ProgressCorrected(projectId, tenantId, task.taskId(), command.factId(), command.correctsFactId(),
                progress.effectiveDate(), progress.percentComplete(), progress.actualStart(), progress.actualFinish(),
                progress.checkpointsDone(), blankToNull(command.reason())));
        reachIfFinished(task, progress);
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(RecordActualCost command) {
        requireTracking(false);
        Task task = workBreakdown.workTask(command.taskId());
        requireCost(command.effectiveDate(), command.amount());
        requireNewFact(command.factId());
        apply(new ActualCostRecorded(projectId, tenantId, task.taskId(), command.factId(), command.effectiveDate(),
                command.amount()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(CorrectActualCost command) {
        requireTracking(true);
        Fact corrected = requireFact(command.correctsFactId(), FactKind.COST);
        requireCost(command.effectiveDate(), command.amount());
        requireNewFact(command.factId());
        apply(new ActualCostCorrected(projectId, tenantId, corrected.taskId(), command.factId(),
                command.correctsFactId(), command.effectiveDate(), command.amount(), blankToNull(command.reason())));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(FileStatusReport command) {
        if (status == ProjectStatus.PROPOSED || status.isFinal()) {
            throw new RuleViolated("Status reports are filed for approved, active or held projects; this "
                    + "one is " + status, Map.of(StateConflict.CURRENT_STATE, status));
        }
        if (statusReports.contains(command.reportId())) {
            throw new StateConflict("Status report " + command.reportId() + " already exists");
        }
        if (command.statusDate() == null) {
            throw new RuleViolated("A status report needs a status date", "statusDate", "must not be null");
        }
        Map<String, Rag> ratings = new LinkedHashMap<>();
        ratings.put("schedule", command.schedule());
        ratings.put("cost", command.cost());
        ratings.put("scope", command.scope());
        ratings.put("risk", command.risk());
        ratings.forEach((dimension, rating) -> {
            if (rating == null) {
                throw new RuleViolated("A status report rates every dimension", dimension,
                        "must be GREEN, AMBER or RED");
            }
        });
        if (command.summary() == null || command.summary().isBlank()) {
            throw new RuleViolated("A status report needs a summary", "summary", "must not be blank");
        }
        apply(new StatusReportFiled(projectId, tenantId, command.reportId(), command.statusDate(), command.schedule(),
                command.cost(), command.scope(), command.risk(), command.summary().strip()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(AssignProjectManager command) {
        requireOpen("change the manager of");
        requireUserId(command.managerId());
        if (!Objects.equals(managerId, command.managerId())) {
            apply(new ProjectManagerAssigned(projectId, tenantId, command.managerId(), managerId));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(RenameProject command) {
        requireOpen("rename");
        requireName(command.name());
        if (!Objects.equals(name, command.name())) {
            apply(new ProjectRenamed(projectId, tenantId, name, command.name()));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(ChangePlannedDates command) {
        requireOpen("change the planned dates of");
        requireDates(command.plannedStart(), command.plannedFinish());
        if (!Objects.equals(plannedStart, command.plannedStart()) || !Objects.equals(plannedFinish, command.plannedFinish())) {
            apply(new ProjectPlannedDatesChanged(projectId, tenantId, command.plannedStart(), command.plannedFinish()));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(ChangeProjectStatus command) {
        if (!ProjectLifecycle.allows(status, command.target())) {
            throw StateConflict.inState("A project in state " + status + " cannot move to " + command.target(),
                    status, ProjectLifecycle.next(status));
        }
        String reason = command.reason() == null || command.reason().isBlank() ? null : command.reason().strip();
        if (reason == null && ProjectLifecycle.requiresReason(command.target())) {
            throw new RuleViolated("Moving a project to " + command.target() + " needs a reason",
                    "reason", "must not be blank");
        }
        apply(new ProjectStatusChanged(projectId, tenantId, status, command.target(), reason));
        return AggregateLifecycle.getVersion();
    }

    /** Sets the project's calendar exceptions; one per date, kept in date order. */
    @CommandHandler
    long handle(SetProjectCalendar command) {
        requireOpen("change the calendar of");
        List<CalendarDay> exceptions = ProjectCalendarRules.check(command.exceptions());
        if (!exceptions.equals(calendarExceptions)) {
            apply(new ProjectCalendarChanged(projectId, tenantId, exceptions));
        }
        return AggregateLifecycle.getVersion();
    }

    /** Sets the project's custom field values, valid against the tenant's definitions (a Spring bean port). */
    @CommandHandler
    long handle(SetCustomFieldValues command, CustomFieldDefinitions definitions) {
        requireOpen("set the custom fields of");
        Map<String, String> values = CustomFieldRules.checkValues(definitions.of(tenantId), command.values());
        if (!values.equals(customFieldValues)) {
            apply(new ProjectCustomFieldsChanged(projectId, tenantId, values));
        }
        return AggregateLifecycle.getVersion();
    }

    @Override
    public String tenantId() {
        return tenantId;
    }

    /** PMO admins write every project of their tenant; a project manager only the projects they manage. */
    @Override
    public boolean writableBy(Caller caller) {
        return caller.isAdmin() || caller.hasRole(PmoRole.PROJECT_MANAGER) && caller.is(managerId);
    }

    @EventSourcingHandler
    void on(ProjectCreated event) {
        projectId = event.projectId();
        tenantId = event.tenantId();
        name = event.name();
        plannedStart = event.plannedStart();
        plannedFinish = event.plannedFinish();
        status = event.status();
    }

    @EventSourcingHandler
    void on(ProjectRenamed event) {
        name = event.name();
    }

    @EventSourcingHandler
    void on(ProjectPlannedDatesChanged event) {
        plannedStart = event.plannedStart();
        plannedFinish = event.plannedFinish();
    }

    @EventSourcingHandler
    void on(ProjectStatusChanged event) {
        status = event.to();
    }

    @EventSourcingHandler
    void on(ProjectManagerAssigned event) {
        managerId = event.managerId();
    }

    @EventSourcingHandler
    void on(ProjectDetailsChanged event) {
        sponsorId = event.sponsorId();
        businessUnit = event.businessUnit();
        methodology = event.methodology();
        currency = event.currency();
    }

    @EventSourcingHandler
    void on(ProjectCalendarChanged event) {
        calendarExceptions = new ArrayList<>(event.exceptions());
    }

    @EventSourcingHandler
    void on(ProjectCustomFieldsChanged event) {
        customFieldValues = new TreeMap<>(event.values());
    }

    @EventSourcingHandler
    void on(TaskAdded event) {
        workBreakdown.on(event);
    }

    @EventSourcingHandler
    void on(TaskPlanChanged event) {
        workBreakdown.on(event);
    }

    @EventSourcingHandler
    void on(TaskDependenciesChanged event) {
        workBreakdown.on(event);
    }

    @EventSourcingHandler
    void on(TaskRemoved event) {
        workBreakdown.on(event);
    }

    @EventSourcingHandler
    void on(MilestoneTargetSet event) {
        workBreakdown.on(event);
    }

    @EventSourcingHandler
    void on(MilestoneReached event) {
        workBreakdown.on(event);
    }

    @EventSourcingHandler
    void on(MilestoneMissed event) {
        workBreakdown.on(event);
    }

    @EventSourcingHandler
    void on(BaselineSaved event) {
        baselines.add(event.baselineId());
    }

    @EventSourcingHandler
    void on(PerformanceBaselineDesignated event) {
        performanceBaselineId = event.baselineId();
    }

    @EventSourcingHandler
    void on(ProgressReported event) {
        facts.put(event.factId(), new Fact(FactKind.PROGRESS, event.taskId()));
    }

    @EventSourcingHandler
    void on(ProgressCorrected event) {
        facts.put(event.factId(), new Fact(FactKind.PROGRESS_CORRECTION, event.taskId()));
    }

    @EventSourcingHandler
    void on(ActualCostRecorded event) {
        facts.put(event.factId(), new Fact(FactKind.COST, event.taskId()));
    }

    @EventSourcingHandler
    void on(ActualCostCorrected event) {
        facts.put(event.factId(), new Fact(FactKind.COST_CORRECTION, event.taskId()));
    }

    @EventSourcingHandler
    void on(StatusReportFiled event) {
        statusReports.add(event.reportId());
    }

    /** A progress or cost fact: what kind and which task. Corrections are facts too, but cannot be corrected. */
    private record Fact(FactKind kind, String taskId) {
    }

    private enum FactKind {
        PROGRESS, PROGRESS_CORRECTION, COST, COST_CORRECTION
    }

    /**
     * New facts are reported on APPROVED or ACTIVE projects only. Corrections of earlier facts are also taken
     * while the project is ON_HOLD or COMPLETED (a late invoice), never on a PROPOSED or CANCELLED one.
     */
    private void requireTracking(boolean correction) {
        boolean open = status == ProjectStatus.APPROVED || status == ProjectStatus.ACTIVE
                || correction && (status == ProjectStatus.ON_HOLD || status == ProjectStatus.COMPLETED);
        if (!open) {
            throw new RuleViolated("Progress and cost are tracked on approved or active projects; this "
                    + "one is " + status, Map.of(StateConflict.CURRENT_STATE, status));
        }
    }

    /** A milestone reported finished is reached, on its actual finish (or the fact's effective date). */
    private void reachIfFinished(Task task, Progress progress) {
        LocalDate reachedOn = task.reachedBy(progress);
        if (reachedOn != null) {
            apply(new MilestoneReached(projectId, tenantId, task.taskId(), reachedOn, task.targetDate(),
                    task.targetDate() != null && reachedOn.isAfter(task.targetDate())));
        }
    }

    private Fact requireFact(String factId, FactKind kind) {
        Fact fact = factId == null ? null : facts.get(factId);
        if (fact == null || fact.kind() != kind) {
            throw new NotFound("No " + (kind == FactKind.COST ? "cost" : "progress") + " fact " + factId
                    + " to correct in this project");
        }
        return fact;
    }

    private void requireNewFact(String factId) {
        if (facts.containsKey(factId)) {
            throw new StateConflict("Fact " + factId + " already exists");
        }
    }

    private void requireCost(LocalDate effectiveDate, Money amount) {
        if (effectiveDate == null) {
            throw new RuleViolated("A cost needs an effective date", "effectiveDate", "must not be null");
        }
        if (amount == null) {
            throw new RuleViolated("A cost needs an amount", "amount", "must not be null");
        }
        Amounts.check("amount", amount, currency);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The project's own calendar exceptions, to lay on the tenant's enterprise calendar. */
    private Map<LocalDate, Boolean> ownCalendar() {
        Map<LocalDate, Boolean> byDate = new LinkedHashMap<>();
        calendarExceptions.forEach(day -> byDate.put(day.date(), day.working()));
        return byDate;
    }

    private void requireOpen(String action) {
        if (status.isFinal()) {
            throw StateConflict.inState("Cannot " + action + " a project that is " + status, status);
        }
    }

    private static void requireUserId(String userId) {
        if (userId == null || !USER_ID.matcher(userId).matches()) {
            throw new RuleViolated("A project manager is named by a user id", "managerId",
                    "must be 1 to 128 letters, digits or . _ : @ -");
        }
    }

    private static void requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new RuleViolated("A project needs a name", "name", "must not be blank");
        }
    }

    private static void requireDates(LocalDate start, LocalDate finish) {
        if (start == null || finish == null) {
            throw new RuleViolated("A project needs a planned start and finish",
                    start == null ? "plannedStart" : "plannedFinish", "must not be null");
        }
        if (finish.isBefore(start)) {
            throw new RuleViolated("The planned finish " + finish + " is before the planned start " + start,
                    "plannedFinish", "must not be before plannedStart");
        }
    }
}
