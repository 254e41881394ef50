package io.pmo.events.common;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.axonframework.serialization.Revision;

import io.pmo.events.portfolio.BudgetEnvelopeSet;
import io.pmo.events.portfolio.CandidateEstimated;
import io.pmo.events.portfolio.CandidateProposed;
import io.pmo.events.portfolio.CandidateScored;
import io.pmo.events.portfolio.EnvelopeOverridden;
import io.pmo.events.portfolio.FundingApproved;
import io.pmo.events.portfolio.GateDecided;
import io.pmo.events.portfolio.PortfolioCreated;
import io.pmo.events.portfolio.PortfolioDetailsChanged;
import io.pmo.events.portfolio.PortfolioSettingsChanged;
import io.pmo.events.portfolio.ProgramAdded;
import io.pmo.events.portfolio.ScenarioApproved;
import io.pmo.events.portfolio.ScenarioEvaluated;
import io.pmo.events.portfolio.ScoringModelChanged;
import io.pmo.events.portfolio.StrategicObjectivesSet;
import io.pmo.events.portfolio.WsjfEstimated;
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
import io.pmo.events.project.ProjectSettingsChanged;
import io.pmo.events.project.ProjectStatusChanged;
import io.pmo.events.project.StatusReportFiled;
import io.pmo.events.project.TaskAdded;
import io.pmo.events.project.TaskDependenciesChanged;
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
import io.pmo.events.resource.PartTimeSet;
import io.pmo.events.resource.ResourceProfileChanged;
import io.pmo.events.resource.ResourceRegistered;
import io.pmo.events.resource.ResourceSettingsChanged;
import io.pmo.events.resource.ResourceSkillsSet;
import io.pmo.events.resource.UtilizationChanged;

/**
 * Every published event class, with its CloudEvents type and JSON Schema. The wire contract is the type
 * {@code io.pmo.<context>.<EventName>.v<revision>} plus the JSON; the schema lives at
 * {@code /schemas/<context>/<EventName>.v<revision>.json} in this module.
 */
public final class EventCatalog {

    private static final List<Class<?>> PUBLISHED = List.of(
            ProjectCreated.class,
            ProjectRenamed.class,
            ProjectPlannedDatesChanged.class,
            ProjectStatusChanged.class,
            ProjectManagerAssigned.class,
            ProjectDetailsChanged.class,
            TaskAdded.class,
            TaskPlanChanged.class,
            TaskDependenciesChanged.class,
            TaskRemoved.class,
            BaselineSaved.class,
            PerformanceBaselineDesignated.class,
            ProgressReported.class,
            ProgressCorrected.class,
            ActualCostRecorded.class,
            ActualCostCorrected.class,
            StatusReportFiled.class,
            MilestoneTargetSet.class,
            MilestoneReached.class,
            MilestoneMissed.class,
            ProjectCalendarChanged.class,
            ProjectCustomFieldsChanged.class,
            ProjectSettingsChanged.class,
            PortfolioCreated.class,
            PortfolioDetailsChanged.class,
            ProgramAdded.class,
            BudgetEnvelopeSet.class,
            StrategicObjectivesSet.class,
            ScoringModelChanged.class,
            CandidateProposed.class,
            CandidateEstimated.class,
            CandidateScored.class,
            WsjfEstimated.class,
            GateDecided.class,
            EnvelopeOverridden.class,
            FundingApproved.class,
            ScenarioEvaluated.class,
            ScenarioApproved.class,
            PortfolioSettingsChanged.class,
            ResourceRegistered.class,
            ResourceProfileChanged.class,
            ResourceSkillsSet.class,
            PartTimeSet.class,
            AbsenceRecorded.class,
            AbsenceCancelled.class,
            AllocationRequested.class,
            AllocationConfirmed.class,
            AllocationRejected.class,
            AllocationReleased.class,
            AllocationSuspended.class,
            AllocationResumed.class,
            OverAllocationDetected.class,
            UtilizationChanged.class,
            ResourceSettingsChanged.class);

    private static final Map<String, Class<?>> BY_TYPE = new LinkedHashMap<>();

    static {
        for (Class<?> type : PUBLISHED) {
            BY_TYPE.put(cloudEventType(type), type);
        }
    }

    private EventCatalog() {
    }

    public static List<Class<?>> published() {
        return PUBLISHED;
    }

    public static boolean isPublished(Class<?> type) {
        return PUBLISHED.contains(type);
    }

    /** The bounded context of an event: the package under {@code io.pmo.events}. */
    public static String context(Class<?> type) {
        String pkg = type.getPackageName();
        String prefix = "io.pmo.events.";
        if (!pkg.startsWith(prefix)) {
            throw new IllegalArgumentException(type + " is not in io.pmo.events.<context>");
        }
        return pkg.substring(prefix.length());
    }

    public static String revision(Class<?> type) {
        Revision revision = type.getAnnotation(Revision.class);
        if (revision == null) {
            throw new IllegalArgumentException(type + " has no @Revision");
        }
        return revision.value();
    }

    public static String cloudEventType(Class<?> type) {
        return "io.pmo." + context(type) + "." + type.getSimpleName() + ".v" + revision(type);
    }

    public static String schemaResource(Class<?> type) {
        return "/schemas/" + context(type) + "/" + type.getSimpleName() + ".v" + revision(type) + ".json";
    }

    public static String topic(String context) {
        return "pmo." + context + ".events";
    }

    public static Optional<Class<?>> forType(String cloudEventType) {
        return Optional.ofNullable(BY_TYPE.get(cloudEventType));
    }
}
