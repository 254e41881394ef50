package io.pmo.events.project;

import io.pmo.events.common.TenantEvent;

/** Every event of the project context names its project and tenant. */
public sealed interface ProjectEvent extends TenantEvent
        permits ProjectCreated, ProjectRenamed, ProjectPlannedDatesChanged, ProjectStatusChanged,
        ProjectManagerAssigned, ProjectDetailsChanged, TaskAdded, TaskPlanChanged, TaskDependenciesChanged,
        TaskRemoved, BaselineSaved, PerformanceBaselineDesignated, ProgressReported, ProgressCorrected,
        ActualCostRecorded, ActualCostCorrected, StatusReportFiled, ProjectCalendarChanged,
        ProjectCustomFieldsChanged, MilestoneTargetSet, MilestoneReached, MilestoneMissed {

    String projectId();

    @Override
    default String aggregateId() {
        return projectId();
    }
}
