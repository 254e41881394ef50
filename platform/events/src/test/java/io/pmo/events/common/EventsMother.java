package io.pmo.events.common;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.pmo.events.portfolio.FundingApproved;
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
            Map.entry(FundingApproved.class, () -> new FundingApproved("5d6e7f8a-9b0c-4d1e-8f2a-3b4c5d6e7f8a", TENANT_ID,
                    "6e7f8a9b-0c1d-4e2f-9a3b-4c5d6e7f8a9b", PROJECT_ID, Money.of("250000.00", "EUR"),
                    LocalDate.of(2026, 2, 20))),
            Map.entry(StatusReportFiled.class, () -> new StatusReportFiled(PROJECT_ID, TENANT_ID, REPORT_ID,
                    LocalDate.of(2026, 3, 31), Rag.GREEN, Rag.AMBER, Rag.GREEN, Rag.RED, "Vendor late; budget tight")),
            Map.entry(ProjectCalendarChanged.class, EventsMother::projectCalendarChanged),
            Map.entry(ProjectCustomFieldsChanged.class, EventsMother::projectCustomFieldsChanged),
            Map.entry(ProjectSettingsChanged.class, EventsMother::projectSettingsChanged));

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
        return new CloudEvent("b6f1d7a2-0c3e-4f5a-8d9b-1e2f3a4b5c6d", "/pmo/project-service",
                EventCatalog.cloudEventType(event.getClass()), ((TenantEvent) event).aggregateId(),
                Instant.parse("2026-03-01T09:15:30.123Z"), TENANT_ID, PRINCIPAL, "corr-7f3a", "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", 3, dataOf(event));
    }
}
