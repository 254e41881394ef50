package io.pmo.events.common;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.pmo.events.portfolio.BudgetEnvelopeSet;
import io.pmo.events.portfolio.CandidateEstimated;
import io.pmo.events.portfolio.CandidateProposed;
import io.pmo.events.portfolio.CandidateScored;
import io.pmo.events.portfolio.EnvelopeOverridden;
import io.pmo.events.portfolio.FrontierPoint;
import io.pmo.events.portfolio.FundingApproved;
import io.pmo.events.portfolio.GateDecided;
import io.pmo.events.portfolio.GateDecision;
import io.pmo.events.portfolio.PortfolioCreated;
import io.pmo.events.portfolio.PortfolioDetailsChanged;
import io.pmo.events.portfolio.PortfolioSettingsChanged;
import io.pmo.events.portfolio.PortfolioSettingsEvent;
import io.pmo.events.portfolio.ProgramAdded;
import io.pmo.events.portfolio.ScenarioApproved;
import io.pmo.events.portfolio.ScenarioEvaluated;
import io.pmo.events.portfolio.ScoringCriterion;
import io.pmo.events.portfolio.ScoringModelChanged;
import io.pmo.events.portfolio.StageGate;
import io.pmo.events.portfolio.StrategicObjective;
import io.pmo.events.portfolio.StrategicObjectivesSet;
import io.pmo.events.portfolio.WsjfEstimated;
import io.pmo.events.project.ActualCostCorrected;
import io.pmo.events.project.ActualCostRecorded;
import io.pmo.events.project.BaselineSaved;
import io.pmo.events.project.BaselineTask;
import io.pmo.events.project.CalendarDay;
import io.pmo.events.project.Checkpoint;
import io.pmo.events.project.CustomFieldDefinition;
import io.pmo.events.project.CustomFieldType;
import io.pmo.events.project.DependencyType;
import io.pmo.events.project.EarnedValueMethod;
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
import io.pmo.events.project.ProjectSettingsChanged;
import io.pmo.events.project.ProjectSettingsEvent;
import io.pmo.events.project.ProjectStatus;
import io.pmo.events.project.ProjectStatusChanged;
import io.pmo.events.project.Rag;
import io.pmo.events.project.StatusReportFiled;
import io.pmo.events.project.TaskAdded;
import io.pmo.events.project.TaskDependenciesChanged;
import io.pmo.events.project.TaskDependency;
import io.pmo.events.project.TaskPlanChanged;
import io.pmo.events.project.TaskRemoved;
import io.pmo.events.resource.AbsenceCancelled;
import io.pmo.events.resource.AbsenceRecorded;
import io.pmo.events.resource.AllocationConfirmed;
import io.pmo.events.resource.AllocationRejected;
import io.pmo.events.resource.AllocationReleased;
import io.pmo.events.resource.AllocationRequested;
import io.pmo.events.resource.AllocationResumed;
import io.pmo.events.resource.AllocationSuspended;
import io.pmo.events.resource.OverAllocationDetected;
import io.pmo.events.resource.OverAllocationPolicy;
import io.pmo.events.resource.OverloadedWeek;
import io.pmo.events.resource.PartTimePeriod;
import io.pmo.events.resource.PartTimeSet;
import io.pmo.events.resource.ResourceKind;
import io.pmo.events.resource.ResourceProfileChanged;
import io.pmo.events.resource.ResourceRegistered;
import io.pmo.events.resource.ResourceSettingsChanged;
import io.pmo.events.resource.ResourceSettingsEvent;
import io.pmo.events.resource.ResourceSkillsSet;
import io.pmo.events.resource.Skill;
import io.pmo.events.resource.UtilizationChanged;
import io.pmo.events.resource.WeeklyCost;
import io.pmo.events.resource.WeeklyLoad;

/** Sample events and CloudEvents, one per published event class. */
final class EventsMother {

    static final String PROJECT_ID = "3f2b8c1e-6a4d-4e8f-9b7a-2c5d1e0f4a6b";

    static final String TENANT_ID = "acme";

    static final String PRINCIPAL = "user-42";

    static final String TASK_ID = "7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f";

    static final String BASELINE_ID = "9b8a7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d";

    static final String FACT_ID = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";

    static final String CORRECTION_ID = "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e";

    static final String REPORT_ID = "3c4d5e6f-7a8b-4c9d-8e0f-2a3b4c5d6e7f";

    static final String SUMMARY_TASK_ID = "0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d";

    static final String PORTFOLIO_ID = "5d6e7f8a-9b0c-4d1e-8f2a-3b4c5d6e7f8a";

    /** The funding decision: the gate approval into FUNDING, its envelope override and its FundingApproved. */
    static final String DECISION_ID = "6e7f8a9b-0c1d-4e2f-9a3b-4c5d6e7f8a9b";

    static final String PROGRAM_ID = "7f8a9b0c-1d2e-4f3a-8b4c-5d6e7f8a9b0c";

    static final String SCENARIO_ID = "8a9b0c1d-2e3f-4a4b-9c5d-6e7f8a9b0c1d";

    /** A second candidate, next to {@link #PROJECT_ID}. */
    static final String OTHER_PROJECT_ID = "9b0c1d2e-3f4a-4b5c-8d6e-7f8a9b0c1d2e";

    static final String REVENUE_OBJECTIVE_ID = "0c1d2e3f-4a5b-4c6d-9e7f-8a9b0c1d2e3f";

    static final String COST_OBJECTIVE_ID = "1d2e3f4a-5b6c-4d7e-8f8a-9b0c1d2e3f4a";

    static final String RESOURCE_ID = "2e3f4a5b-6c7d-4e8f-9a0b-1c2d3e4f5a6b";

    /** The allocation of {@link #RESOURCE_ID} to {@link #PROJECT_ID}, from request to release. */
    static final String ALLOCATION_ID = "3f4a5b6c-7d8e-4f9a-8b1c-2d3e4f5a6b7c";

    static final String ABSENCE_ID = "4a5b6c7d-8e9f-4a0b-9c2d-3e4f5a6b7c8d";

    private static final Map<Class<?>, Supplier<Object>> SAMPLES = Map.ofEntries(
            Map.entry(ProjectCreated.class, EventsMother::projectCreated),
            Map.entry(ProjectRenamed.class, EventsMother::projectRenamed),
            Map.entry(ProjectPlannedDatesChanged.class, EventsMother::projectPlannedDatesChanged),
            Map.entry(ProjectStatusChanged.class, EventsMother::projectPutOnHold),
            Map.entry(ProjectManagerAssigned.class, EventsMother::projectHandedOver),
            Map.entry(ProjectDetailsChanged.class, EventsMother::projectDetailsChanged),
            Map.entry(TaskAdded.class, EventsMother::weightedTaskAdded),
            Map.entry(TaskPlanChanged.class, EventsMother::taskReplanned),
            Map.entry(TaskDependenciesChanged.class, EventsMother::taskDependenciesChanged),
            Map.entry(TaskRemoved.class, () -> new TaskRemoved(PROJECT_ID, TENANT_ID, TASK_ID)),
            Map.entry(BaselineSaved.class, EventsMother::baselineSaved),
            Map.entry(PerformanceBaselineDesignated.class,
                    () -> new PerformanceBaselineDesignated(PROJECT_ID, TENANT_ID, BASELINE_ID, null)),
            Map.entry(ProgressReported.class, EventsMother::progressReported),
            Map.entry(ProgressCorrected.class, EventsMother::progressCorrected),
            Map.entry(ActualCostRecorded.class, () -> new ActualCostRecorded(PROJECT_ID, TENANT_ID, TASK_ID, FACT_ID,
                    LocalDate.of(2026, 3, 31), Money.of("12500.00", "EUR"))),
            Map.entry(ActualCostCorrected.class, () -> new ActualCostCorrected(PROJECT_ID, TENANT_ID, TASK_ID,
                    CORRECTION_ID, FACT_ID, LocalDate.of(2026, 3, 31), Money.of("11250.00", "EUR"), null)),
            Map.entry(MilestoneTargetSet.class, () -> new MilestoneTargetSet(PROJECT_ID, TENANT_ID, TASK_ID,
                    LocalDate.of(2026, 3, 20), null)),
            Map.entry(MilestoneReached.class, () -> new MilestoneReached(PROJECT_ID, TENANT_ID, TASK_ID,
                    LocalDate.of(2026, 3, 23), LocalDate.of(2026, 3, 20), true)),
            Map.entry(MilestoneMissed.class, () -> new MilestoneMissed(PROJECT_ID, TENANT_ID, TASK_ID,
                    LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 21))),
            Map.entry(FundingApproved.class, () -> new FundingApproved(PORTFOLIO_ID, TENANT_ID, DECISION_ID,
                    PROJECT_ID, Money.of("250000.00", "EUR"), LocalDate.of(2026, 2, 20))),
            Map.entry(StatusReportFiled.class, () -> new StatusReportFiled(PROJECT_ID, TENANT_ID, REPORT_ID,
                    LocalDate.of(2026, 3, 31), Rag.GREEN, Rag.AMBER, Rag.GREEN, Rag.RED, "Vendor late; budget tight")),
            Map.entry(ProjectCalendarChanged.class, EventsMother::projectCalendarChanged),
            Map.entry(ProjectCustomFieldsChanged.class, EventsMother::projectCustomFieldsChanged),
            Map.entry(ProjectSettingsChanged.class, EventsMother::projectSettingsChanged),
            Map.entry(PortfolioCreated.class, EventsMother::portfolioCreated),
            Map.entry(PortfolioDetailsChanged.class, () -> new PortfolioDetailsChanged(PORTFOLIO_ID, TENANT_ID,
                    "Digital transformation", "Every initiative that moves a process online", "user-9")),
            Map.entry(ProgramAdded.class, () -> new ProgramAdded(PORTFOLIO_ID, TENANT_ID, PROGRAM_ID,
                    "Cloud migration", "user-42")),
            Map.entry(BudgetEnvelopeSet.class, () -> new BudgetEnvelopeSet(PORTFOLIO_ID, TENANT_ID, 2027,
                    Money.of("2500000.00", "EUR"))),
            Map.entry(StrategicObjectivesSet.class, EventsMother::strategicObjectivesSet),
            Map.entry(ScoringModelChanged.class, EventsMother::scoringModelChanged),
            Map.entry(CandidateProposed.class, EventsMother::candidateProposed),
            Map.entry(CandidateEstimated.class, () -> new CandidateEstimated(PORTFOLIO_ID, TENANT_ID, PROJECT_ID,
                    Money.of("240000.00", "EUR"), Money.of("600000.00", "EUR"))),
            Map.entry(CandidateScored.class, () -> new CandidateScored(PORTFOLIO_ID, TENANT_ID, PROJECT_ID, "user-7",
                    2, Map.of("strategicFit", 8, "deliveryRisk", 50, "costSaving", 5))),
            Map.entry(WsjfEstimated.class, () -> new WsjfEstimated(PORTFOLIO_ID, TENANT_ID, PROJECT_ID, "user-7", 8,
                    5, 3, 13)),
            Map.entry(GateDecided.class, EventsMother::gateApprovedIntoFunding),
            Map.entry(EnvelopeOverridden.class, () -> new EnvelopeOverridden(PORTFOLIO_ID, TENANT_ID, DECISION_ID,
                    PROJECT_ID, 2027, Money.of("2500000.00", "EUR"), Money.of("2650000.00", "EUR"),
                    "Regulatory deadline; the CFO agreed to exceed the 2027 envelope")),
            Map.entry(ScenarioEvaluated.class, EventsMother::scenarioEvaluated),
            Map.entry(ScenarioApproved.class, () -> new ScenarioApproved(PORTFOLIO_ID, TENANT_ID, SCENARIO_ID,
                    List.of(PROJECT_ID, OTHER_PROJECT_ID))),
            Map.entry(PortfolioSettingsChanged.class, EventsMother::portfolioSettingsChanged),
            Map.entry(ResourceRegistered.class, EventsMother::placeholderRegistered),
            Map.entry(ResourceProfileChanged.class, () -> new ResourceProfileChanged(RESOURCE_ID, TENANT_ID,
                    "Senior developer", new BigDecimal("7.5"), Money.of("105.00", "EUR"), LocalDate.of(2026, 1, 5),
                    LocalDate.of(2027, 6, 30))),
            Map.entry(ResourceSkillsSet.class, () -> new ResourceSkillsSet(RESOURCE_ID, TENANT_ID,
                    List.of(new Skill("java", 4), new Skill("solution-architecture", 2)))),
            Map.entry(PartTimeSet.class, EventsMother::partTimeSet),
            Map.entry(AbsenceRecorded.class, EventsMother::absenceRecorded),
            Map.entry(AbsenceCancelled.class, () -> new AbsenceCancelled(RESOURCE_ID, TENANT_ID, ABSENCE_ID)),
            Map.entry(AllocationRequested.class, EventsMother::allocationRequestedInHours),
            Map.entry(AllocationConfirmed.class, EventsMother::allocationConfirmed),
            Map.entry(AllocationRejected.class, () -> new AllocationRejected(RESOURCE_ID, TENANT_ID, ALLOCATION_ID,
                    PROJECT_ID, "Booked on the ERP rollout until July")),
            Map.entry(AllocationReleased.class, () -> new AllocationReleased(RESOURCE_ID, TENANT_ID, ALLOCATION_ID,
                    PROJECT_ID, LocalDate.of(2026, 5, 4), "Project cancelled")),
            Map.entry(AllocationSuspended.class, () -> new AllocationSuspended(RESOURCE_ID, TENANT_ID, ALLOCATION_ID,
                    PROJECT_ID, "Project put on hold")),
            Map.entry(AllocationResumed.class, () -> new AllocationResumed(RESOURCE_ID, TENANT_ID, ALLOCATION_ID,
                    PROJECT_ID)),
            Map.entry(OverAllocationDetected.class, () -> new OverAllocationDetected(RESOURCE_ID, TENANT_ID,
                    ALLOCATION_ID, PROJECT_ID, List.of(new OverloadedWeek(LocalDate.of(2026, 4, 20),
                            new BigDecimal("40.00"), new BigDecimal("52.00"))))),
            Map.entry(UtilizationChanged.class, EventsMother::utilizationChanged),
            Map.entry(ResourceSettingsChanged.class, EventsMother::resourceSettingsChanged));

    private EventsMother() {
    }

    static ProjectCreated projectCreated() {
        return new ProjectCreated(PROJECT_ID, TENANT_ID, "Data centre migration", LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 12, 31), ProjectStatus.PROPOSED);
    }

    static ProjectRenamed projectRenamed() {
        return new ProjectRenamed(PROJECT_ID, TENANT_ID, "Data centre migration", "Cloud migration");
    }

    static ProjectPlannedDatesChanged projectPlannedDatesChanged() {
        return new ProjectPlannedDatesChanged(PROJECT_ID, TENANT_ID, LocalDate.of(2026, 4, 1),
                LocalDate.of(2027, 1, 31));
    }

    static ProjectStatusChanged projectPutOnHold() {
        return new ProjectStatusChanged(PROJECT_ID, TENANT_ID, ProjectStatus.ACTIVE, ProjectStatus.ON_HOLD,
                "Waiting for the budget review");
    }

    /** A handover from one project manager to another. */
    static ProjectManagerAssigned projectHandedOver() {
        return new ProjectManagerAssigned(PROJECT_ID, TENANT_ID, "dev-acme-project_manager", PRINCIPAL);
    }

    static ProjectDetailsChanged projectDetailsChanged() {
        return new ProjectDetailsChanged(PROJECT_ID, TENANT_ID, "user-7", "Infrastructure", Methodology.HYBRID, "EUR");
    }

    /** A task under a summary task that earns value by weighted checkpoints. */
    static TaskAdded weightedTaskAdded() {
        return new TaskAdded(PROJECT_ID, TENANT_ID, TASK_ID, SUMMARY_TASK_ID, "Migrate databases", 15,
                Money.of("125000.00", "EUR"), EarnedValueMethod.WEIGHTED_MILESTONES,
                List.of(new Checkpoint("cp-1", "Schema moved", new BigDecimal("40.5")),
                        new Checkpoint("cp-2", "Data moved", new BigDecimal("59.5"))));
    }

    /** A top-level milestone without cost: parent and cost are JSON null. */
    static TaskPlanChanged taskReplanned() {
        return new TaskPlanChanged(PROJECT_ID, TENANT_ID, TASK_ID, null, "Go live", 0, null,
                EarnedValueMethod.ZERO_HUNDRED, List.of());
    }

    static TaskDependenciesChanged taskDependenciesChanged() {
        return new TaskDependenciesChanged(PROJECT_ID, TENANT_ID, TASK_ID,
                List.of(new TaskDependency(SUMMARY_TASK_ID, DependencyType.FS, 2),
                        new TaskDependency("5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9", DependencyType.SS, -1)));
    }

    /** A baseline of a summary task with one weighted subtask, on a calendar with a holiday. */
    static BaselineSaved baselineSaved() {
        TaskAdded task = weightedTaskAdded();
        return new BaselineSaved(PROJECT_ID, TENANT_ID, BASELINE_ID, "Approved plan", LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 23), Money.of("125000.00", "EUR"),
                List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
                List.of(new CalendarDay(LocalDate.of(2026, 3, 17), false)),
                List.of(new BaselineTask(SUMMARY_TASK_ID, null, "Migration", true, 16, LocalDate.of(2026, 3, 2),
                        LocalDate.of(2026, 3, 23), Money.of("125000.00", "EUR"), EarnedValueMethod.PERCENT_COMPLETE,
                        List.of()),
                        new BaselineTask(TASK_ID, SUMMARY_TASK_ID, task.name(), false, 15, LocalDate.of(2026, 3, 2),
                                LocalDate.of(2026, 3, 23), task.plannedCost(), task.earnedValueMethod(),
                                task.checkpoints())));
    }

    static ProgressReported progressReported() {
        return new ProgressReported(PROJECT_ID, TENANT_ID, TASK_ID, FACT_ID, LocalDate.of(2026, 3, 13),
                new BigDecimal("40.5"), LocalDate.of(2026, 3, 2), null, List.of("cp-1"));
    }

    /** A correction that finishes the task: percent 100 and an actual finish. */
    static ProgressCorrected progressCorrected() {
        return new ProgressCorrected(PROJECT_ID, TENANT_ID, TASK_ID, CORRECTION_ID, FACT_ID, LocalDate.of(2026, 3, 13),
                new BigDecimal("100.0"), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 13), List.of("cp-1", "cp-2"),
                "Reported before the last checkpoint was signed off");
    }

    /** A project that works a Saturday and takes a Friday off. */
    static ProjectCalendarChanged projectCalendarChanged() {
        return new ProjectCalendarChanged(PROJECT_ID, TENANT_ID, List.of(
                new CalendarDay(LocalDate.of(2026, 3, 7), true),
                new CalendarDay(LocalDate.of(2026, 3, 13), false)));
    }

    /** One value of each type, in canonical string form. */
    static ProjectCustomFieldsChanged projectCustomFieldsChanged() {
        return new ProjectCustomFieldsChanged(PROJECT_ID, TENANT_ID, Map.of("costCentre", "CC-4711",
                "strategicScore", "7.5", "goLiveWindow", "2026-11-02", "riskClass", "HIGH"));
    }

    /** A six-day week with two holidays and one custom field of each type. */
    static ProjectSettingsChanged projectSettingsChanged() {
        return new ProjectSettingsChanged(ProjectSettingsEvent.settingsIdOf(TENANT_ID), TENANT_ID,
                List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                        DayOfWeek.FRIDAY, DayOfWeek.SATURDAY),
                List.of(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26)),
                List.of(new CustomFieldDefinition("costCentre", "Cost centre", CustomFieldType.TEXT, List.of(), true),
                        new CustomFieldDefinition("strategicScore", "Strategic score", CustomFieldType.NUMBER,
                                List.of(), false),
                        new CustomFieldDefinition("goLiveWindow", "Go-live window", CustomFieldType.DATE, List.of(),
                                false),
                        new CustomFieldDefinition("riskClass", "Risk class", CustomFieldType.CHOICE,
                                List.of("LOW", "MEDIUM", "HIGH"), false)));
    }

    /** A portfolio created without a description: {@code description} is JSON null. */
    static PortfolioCreated portfolioCreated() {
        return new PortfolioCreated(PORTFOLIO_ID, TENANT_ID, "Digital transformation", null, "user-9", "EUR");
    }

    static StrategicObjectivesSet strategicObjectivesSet() {
        return new StrategicObjectivesSet(PORTFOLIO_ID, TENANT_ID,
                List.of(new StrategicObjective(REVENUE_OBJECTIVE_ID, "Grow digital revenue", 60),
                        new StrategicObjective(COST_OBJECTIVE_ID, "Cut operating cost", 40)));
    }

    /** Version 2: two criteria measure an objective, one (delivery risk, on a 0..100 scale) none. */
    static ScoringModelChanged scoringModelChanged() {
        List<Integer> fibonacci = List.of(1, 2, 3, 5, 8, 13, 20);
        return new ScoringModelChanged(PORTFOLIO_ID, TENANT_ID, 2,
                List.of(new ScoringCriterion("strategicFit", "Strategic fit", 50, fibonacci, REVENUE_OBJECTIVE_ID),
                        new ScoringCriterion("deliveryRisk", "Delivery risk", 30, List.of(0, 25, 50, 75, 100), null),
                        new ScoringCriterion("costSaving", "Cost saving", 20, fibonacci, COST_OBJECTIVE_ID)));
    }

    /** A candidate directly under the portfolio, without an estimated benefit: both are JSON null. */
    static CandidateProposed candidateProposed() {
        return new CandidateProposed(PORTFOLIO_ID, TENANT_ID, PROJECT_ID, null, 2027, Money.of("250000.00", "EUR"),
                null, "IDEA");
    }

    /** The approval that passes the candidate into the funding gate. */
    static GateDecided gateApprovedIntoFunding() {
        return new GateDecided(PORTFOLIO_ID, TENANT_ID, PROJECT_ID, DECISION_ID, "BUSINESS_CASE",
                GateDecision.APPROVE, "FUNDING", PRINCIPAL, "Business case sound; fits the 2027 envelope",
                List.of("Business case reviewed", "Sponsor named"));
    }

    /** A rejection: the candidate is at no gate any more, {@code toGate} is JSON null. */
    static GateDecided gateRejected() {
        return new GateDecided(PORTFOLIO_ID, TENANT_ID, PROJECT_ID, DECISION_ID, "IDEA", GateDecision.REJECT,
                null, PRINCIPAL, "Duplicates the CRM programme", List.of());
    }

    /**
     * The must-include project costs 240,000, so the 200,000 level of the frontier is infeasible (value and cost
     * null); 500,000 buys both candidates.
     */
    static ScenarioEvaluated scenarioEvaluated() {
        return new ScenarioEvaluated(PORTFOLIO_ID, TENANT_ID, SCENARIO_ID, "2027 baseline",
                Money.of("500000.00", "EUR"), 2, List.of(PROJECT_ID), List.of(), List.of(PROJECT_ID, OTHER_PROJECT_ID),
                new BigDecimal("12.5"), Money.of("480000.00", "EUR"),
                List.of(new FrontierPoint(Money.of("200000.00", "EUR"), false, null, null, 0),
                        new FrontierPoint(Money.of("500000.00", "EUR"), true, new BigDecimal("12.5"),
                                Money.of("480000.00", "EUR"), 2)));
    }

    /** Three gates; passing into FUNDING funds the candidate. */
    static PortfolioSettingsChanged portfolioSettingsChanged() {
        return new PortfolioSettingsChanged(PortfolioSettingsEvent.settingsIdOf(TENANT_ID), TENANT_ID, List.of(
                new StageGate("IDEA", "Idea", List.of("Problem statement written"), List.of("PORTFOLIO_MANAGER"),
                        false),
                new StageGate("BUSINESS_CASE", "Business case", List.of("Business case reviewed", "Sponsor named"),
                        List.of("PORTFOLIO_MANAGER", "PMO_ADMIN"), false),
                new StageGate("FUNDING", "Funding", List.of("Envelope checked"), List.of("PMO_ADMIN"), true)));
    }

    /** A person, named by user id only: {@code label} is JSON null; onboarded in January, no offboarding date. */
    static ResourceRegistered personRegistered() {
        return new ResourceRegistered(RESOURCE_ID, TENANT_ID, ResourceKind.PERSON, "user-7", null, "Developer",
                new BigDecimal("8.0"), Money.of("95.00", "EUR"), LocalDate.of(2026, 1, 5), null);
    }

    /** Demand not yet staffed: {@code userId} is JSON null, and so are both availability dates. */
    static ResourceRegistered placeholderRegistered() {
        return new ResourceRegistered(RESOURCE_ID, TENANT_ID, ResourceKind.PLACEHOLDER, null, "Java developer",
                "Developer", new BigDecimal("8.0"), Money.of("90.00", "EUR"), null, null);
    }

    /** Four-day weeks until summer, then open-ended half days: the last period's {@code to} is JSON null. */
    static PartTimeSet partTimeSet() {
        return new PartTimeSet(RESOURCE_ID, TENANT_ID,
                List.of(new PartTimePeriod(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 6, 30), new BigDecimal("0.8")),
                        new PartTimePeriod(LocalDate.of(2026, 9, 1), null, new BigDecimal("0.5"))));
    }

    /** A week off without a reason given: {@code reason} is JSON null. */
    static AbsenceRecorded absenceRecorded() {
        return new AbsenceRecorded(RESOURCE_ID, TENANT_ID, ABSENCE_ID, LocalDate.of(2026, 4, 13),
                LocalDate.of(2026, 4, 17), io.pmo.events.resource.AbsenceKind.LEAVE);
    }

    /** 20 hours a week from a Wednesday to the end of June: {@code percent} is JSON null. */
    static AllocationRequested allocationRequestedInHours() {
        return new AllocationRequested(RESOURCE_ID, TENANT_ID, ALLOCATION_ID, PROJECT_ID, LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 6, 30), new BigDecimal("20.00"), null, "user-9");
    }

    /** Half the resource's capacity: {@code hoursPerWeek} is JSON null. */
    static AllocationRequested allocationRequestedInPercent() {
        return new AllocationRequested(RESOURCE_ID, TENANT_ID, ALLOCATION_ID, PROJECT_ID, LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 6, 30), null, new BigDecimal("50.00"), "user-9");
    }

    /**
     * The first two weeks of the 20-hour allocation (4 hours a working day) at 95.00 an hour: Wednesday and Thursday
     * of the first (Good Friday is a holiday), then a week without Easter Monday.
     */
    static AllocationConfirmed allocationConfirmed() {
        return new AllocationConfirmed(RESOURCE_ID, TENANT_ID, ALLOCATION_ID, PROJECT_ID, "user-3",
                List.of(new WeeklyCost(LocalDate.of(2026, 3, 30), new BigDecimal("8.00"), Money.of("760.00", "EUR")),
                        new WeeklyCost(LocalDate.of(2026, 4, 6), new BigDecimal("16.00"), Money.of("1520.00", "EUR"))));
    }

    /** The two weeks confirmed above, each with a holiday; another project asks for 16 hours in the second. */
    static UtilizationChanged utilizationChanged() {
        return new UtilizationChanged(RESOURCE_ID, TENANT_ID,
                List.of(new WeeklyLoad(LocalDate.of(2026, 3, 30), new BigDecimal("32.00"), new BigDecimal("8.00"),
                        new BigDecimal("0.00")),
                        new WeeklyLoad(LocalDate.of(2026, 4, 6), new BigDecimal("32.00"), new BigDecimal("16.00"),
                                new BigDecimal("16.00"))));
    }

    /** Monday to Friday with the Easter holidays; over-allocation warns. */
    static ResourceSettingsChanged resourceSettingsChanged() {
        return new ResourceSettingsChanged(ResourceSettingsEvent.settingsIdOf(TENANT_ID), TENANT_ID,
                List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
                List.of(LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6)), OverAllocationPolicy.WARN);
    }

    /** A transition without a reason: {@code reason} is serialised as JSON null. */
    static ProjectStatusChanged projectApproved() {
        return new ProjectStatusChanged(PROJECT_ID, TENANT_ID, ProjectStatus.PROPOSED, ProjectStatus.APPROVED, null);
    }

    static Object sampleOf(Class<?> eventClass) {
        Supplier<Object> sample = SAMPLES.get(eventClass);
        if (sample == null) {
            throw new IllegalArgumentException("No sample for " + eventClass + ": add one to EventsMother");
        }
        return sample.get();
    }

    /** The sample serialised as the published JSON, mutable so a test can break it. */
    static ObjectNode dataOf(Object event) {
        return PmoJson.mapper().valueToTree(event);
    }

    /** The sample in the envelope the Kafka publisher puts around it. */
    static CloudEvent cloudEventOf(Object event) {
        return new CloudEvent("b6f1d7a2-0c3e-4f5a-8d9b-1e2f3a4b5c6d",
                "/pmo/" + EventCatalog.context(event.getClass()) + "-service",
                EventCatalog.cloudEventType(event.getClass()), ((TenantEvent) event).aggregateId(),
                Instant.parse("2026-03-01T09:15:30.123Z"), TENANT_ID, PRINCIPAL, "corr-7f3a", "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", 3, dataOf(event));
    }
}
