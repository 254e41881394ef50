package io.pmo.project.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

import io.pmo.events.project.ActualCostCorrected;
import io.pmo.events.project.ActualCostRecorded;
import io.pmo.events.project.BaselineSaved;
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
import io.pmo.events.project.ProjectStatusChanged;
import io.pmo.events.project.StatusReportFiled;
import io.pmo.events.project.TaskAdded;
import io.pmo.events.project.TaskDependenciesChanged;
import io.pmo.events.project.TaskPlanChanged;
import io.pmo.events.project.TaskRemoved;
import io.pmo.platform.access.Caller;
import io.pmo.platform.access.WriteScoped;
import io.pmo.platform.security.PmoRole;

/**
 * What a project's events built, and nothing else: its id and tenant and its parts, the {@link ProjectProfile}
 * (name, dates, manager, master data, calendar, custom fields), the {@link ProjectLifecycle}, the
 * {@link WorkBreakdown} (tasks, links, milestones), the {@link Baselines} and the {@link FactLedger} (progress and
 * cost facts, status reports). Each event sourcing handler hands its event to the part it changes, the only place
 * state changes. The {@link Project} aggregate extends it with the command handlers that decide, through the parts,
 * which events to apply; kept apart so that each half reads on its own.
 *
 * <p>A snapshot is the JSON of these fields with the parts unwrapped into it: the layout of the project before it
 * was split into parts, so such a snapshot still loads. Nesting the parts would not make an old snapshot fail: the
 * service's mapper ignores unknown properties, so it would load as a project without tasks or facts. Unwrapping
 * costs about a fifth more time to restore a snapshot ({@code ProjectLoadBenchmark}), still less than a replay.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
abstract class ProjectState implements WriteScoped {

    @AggregateIdentifier
    String projectId;

    String tenantId;

    @JsonUnwrapped
    ProjectProfile profile = new ProjectProfile();

    @JsonUnwrapped
    ProjectLifecycle lifecycle = new ProjectLifecycle();

    @JsonUnwrapped
    WorkBreakdown workBreakdown = new WorkBreakdown();

    @JsonUnwrapped
    Baselines baselines = new Baselines();

    @JsonUnwrapped
    FactLedger ledger = new FactLedger();

    @Override
    public String tenantId() {
        return tenantId;
    }

    /** PMO admins write every project of their tenant; a project manager only the projects they manage. */
    @Override
    public boolean writableBy(Caller caller) {
        return caller.isAdmin() || caller.hasRole(PmoRole.PROJECT_MANAGER) && caller.is(profile.managerId());
    }

    @EventSourcingHandler
    void on(ProjectCreated event) {
        projectId = event.projectId();
        tenantId = event.tenantId();
        profile.on(event);
        lifecycle.on(event);
    }

    @EventSourcingHandler
    void on(ProjectRenamed event) {
        profile.on(event);
    }

    @EventSourcingHandler
    void on(ProjectPlannedDatesChanged event) {
        profile.on(event);
    }

    @EventSourcingHandler
    void on(ProjectManagerAssigned event) {
        profile.on(event);
    }

    @EventSourcingHandler
    void on(ProjectDetailsChanged event) {
        profile.on(event);
    }

    @EventSourcingHandler
    void on(ProjectCalendarChanged event) {
        profile.on(event);
    }

    @EventSourcingHandler
    void on(ProjectCustomFieldsChanged event) {
        profile.on(event);
    }

    @EventSourcingHandler
    void on(ProjectStatusChanged event) {
        lifecycle.on(event);
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
        baselines.on(event);
    }

    @EventSourcingHandler
    void on(PerformanceBaselineDesignated event) {
        baselines.on(event);
    }

    @EventSourcingHandler
    void on(ProgressReported event) {
        ledger.on(event);
    }

    @EventSourcingHandler
    void on(ProgressCorrected event) {
        ledger.on(event);
    }

    @EventSourcingHandler
    void on(ActualCostRecorded event) {
        ledger.on(event);
    }

    @EventSourcingHandler
    void on(ActualCostCorrected event) {
        ledger.on(event);
    }

    @EventSourcingHandler
    void on(StatusReportFiled event) {
        ledger.on(event);
    }
}
