package io.pmo.resource.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

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
import io.pmo.events.resource.ResourceSkillsSet;
import io.pmo.events.resource.Skill;
import io.pmo.events.resource.UtilizationChanged;
import io.pmo.platform.access.Caller;
import io.pmo.platform.domain.NotFound;
import io.pmo.platform.domain.RuleViolated;
import io.pmo.platform.domain.StateConflict;
import io.pmo.platform.projects.KnownProject;
import io.pmo.platform.projects.KnownProjects;
import io.pmo.platform.security.PmoRole;
import io.pmo.resource.capacity.Allocation;
import io.pmo.resource.capacity.AllocationStatus;
import io.pmo.resource.command.ResourceCommands.CancelAbsence;
import io.pmo.resource.command.ResourceCommands.ChangeResourceProfile;
import io.pmo.resource.command.ResourceCommands.ConfirmAllocation;
import io.pmo.resource.command.ResourceCommands.Confirmed;
import io.pmo.resource.command.ResourceCommands.RecordAbsence;
import io.pmo.resource.command.ResourceCommands.RegisterResource;
import io.pmo.resource.command.ResourceCommands.RejectAllocation;
import io.pmo.resource.command.ResourceCommands.ReleaseAllocation;
import io.pmo.resource.command.ResourceCommands.ReleaseProjectAllocations;
import io.pmo.resource.command.ResourceCommands.RequestAllocation;
import io.pmo.resource.command.ResourceCommands.ResumeProjectAllocations;
import io.pmo.resource.command.ResourceCommands.SetPartTime;
import io.pmo.resource.command.ResourceCommands.SetSkills;
import io.pmo.resource.command.ResourceCommands.SuspendProjectAllocations;
import io.pmo.resource.query.ResourceSettingsView;
import io.pmo.resource.query.TenantCalendars;

/**
 * A resource (a person by user id, or a placeholder by label) with its capacity calendar and its allocations:
 * the consistency boundary of "who is overbooked", so that confirming an allocation sees every other load on the
 * same calendar. Rules are checked in the command handlers with {@link ResourceRules} and {@link Loads} (the
 * capacity math); state changes only in the event sourcing handlers. Every change of capacity or load is followed
 * by {@link UtilizationChanged} for the weeks it touched, so that subscribers keep utilisation without the math.
 */
@Aggregate(cache = ResourceAggregateConfiguration.CACHE)
class Resource extends ResourceState {

    /** The most allocations a resource holds over its life: bounds each confirmation's work. */
    static final int MAX_ALLOCATIONS = 1_000;

    static final int MAX_ABSENCES = 500;

    Resource() {
        // for Axon, and for the creation policy of RegisterResource
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    long handle(RegisterResource command) {
        ResourceRules.checkIdentity(command.kind(), command.userId(), command.label());
        ResourceRules.checkProfile(command.hoursPerDay(), command.costRate(), command.availableFrom(),
                command.availableUntil());
        apply(new ResourceRegistered(command.resourceId(), command.tenantId(), command.kind(),
                command.kind() == ResourceKind.PERSON ? command.userId() : null,
                command.kind() == ResourceKind.PLACEHOLDER ? command.label() : null, command.role(),
                command.hoursPerDay(), command.costRate(), command.availableFrom(), command.availableUntil()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(ChangeResourceProfile command, TenantCalendars calendars) {
        ResourceRules.checkProfile(command.hoursPerDay(), command.costRate(), command.availableFrom(),
                command.availableUntil());
        Profile changed = new Profile(command.role(), command.hoursPerDay(), command.costRate(),
                command.availableFrom(), command.availableUntil());
        if (!changed.equals(profile)) {
            apply(new ResourceProfileChanged(resourceId, tenantId, changed.role(), changed.hoursPerDay(),
                    changed.costRate(), changed.availableFrom(), changed.availableUntil()));
            utilizationChanged(calendars, null, null);
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(SetSkills command) {
        List<Skill> checked = ResourceRules.checkSkills(command.skills());
        if (!checked.equals(skills)) {
            apply(new ResourceSkillsSet(resourceId, tenantId, checked));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(SetPartTime command, TenantCalendars calendars) {
        List<PartTimePeriod> checked = ResourceRules.checkPartTime(command.periods());
        if (!checked.equals(partTime)) {
            apply(new PartTimeSet(resourceId, tenantId, checked));
            utilizationChanged(calendars, null, null);
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(RecordAbsence command, TenantCalendars calendars) {
        ResourceRules.checkRange(command.from(), command.to(), "to");
        if (absences.size() >= MAX_ABSENCES) {
            throw new RuleViolated("A resource holds at most " + MAX_ABSENCES + " absences: cancel past ones");
        }
        if (absences.containsKey(command.absenceId())) {
            throw StateConflict.inState("Absence " + command.absenceId() + " exists", "RECORDED");
        }
        apply(new AbsenceRecorded(resourceId, tenantId, command.absenceId(), command.from(), command.to(),
                command.kind()));
        utilizationChanged(calendars, command.from(), command.to());
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(CancelAbsence command, TenantCalendars calendars) {
        AbsenceRecorded absence = absences.get(command.absenceId());
        if (absence == null) {
            throw new NotFound("No absence " + command.absenceId() + " of resource " + resourceId);
        }
        apply(new AbsenceCancelled(resourceId, tenantId, command.absenceId()));
        utilizationChanged(calendars, absence.from(), absence.to());
        return AggregateLifecycle.getVersion();
    }

    /**
     * A request for the resource on a project the tenant knows and that is not closed; a project manager asks only
     * for projects they manage.
     */
    @CommandHandler
    long handle(RequestAllocation command, Caller caller, KnownProjects projects, TenantCalendars calendars) {
        if (allocations.containsKey(command.allocationId())) {
            throw StateConflict.inState("Allocation " + command.allocationId() + " exists", "REQUESTED");
        }
        if (allocations.size() >= MAX_ALLOCATIONS) {
            throw new RuleViolated("A resource holds at most " + MAX_ALLOCATIONS + " allocations");
        }
        KnownProject project = openProject(projects, command.projectId());
        if (!caller.internal() && !caller.isAdmin() && !caller.hasRole(PmoRole.RESOURCE_MANAGER)) {
            ResourceRules.requireManager(project, caller);
        }
        ResourceRules.checkAllocation(command.from(), command.to(), command.hoursPerWeek(), command.percent());
        if (profile.availableUntil() != null && command.from().isAfter(profile.availableUntil())
                || profile.availableFrom() != null && command.to().isBefore(profile.availableFrom())) {
            throw new RuleViolated("The resource is not available from " + command.from() + " to " + command.to(),
                    "from", "must overlap the resource's availability");
        }
        apply(new AllocationRequested(resourceId, tenantId, command.allocationId(), command.projectId(),
                command.from(), command.to(), command.hoursPerWeek(), command.percent(), caller.principal()));
        utilizationChanged(calendars, command.from(), command.to());
        return AggregateLifecycle.getVersion();
    }

    /**
     * Confirms a requested allocation of a project that is still open. If confirmed load would then exceed
     * capacity in some week, the tenant's policy decides: WARN confirms and emits {@link OverAllocationDetected},
     * REFUSE answers 422 naming the weeks and stores nothing.
     */
    @CommandHandler
    Confirmed handle(ConfirmAllocation command, Caller caller, KnownProjects projects, TenantCalendars calendars) {
        Allocation allocation = allocation(command.allocationId());
        requireStatus(allocation, AllocationStatus.REQUESTED, "confirmed");
        openProject(projects, allocation.projectId());
        ResourceSettingsView settings = calendars.settings(tenantId);
        List<OverloadedWeek> overloaded = Loads.overloaded(loads(settings), allocation);
        if (!overloaded.isEmpty() && settings.overAllocationPolicy() == OverAllocationPolicy.REFUSE) {
            throw new RuleViolated("Confirming " + allocation.id() + " over-allocates the resource in "
                    + overloaded.size() + " week(s); the tenant refuses over-allocation", Map.of(RuleViolated.ERRORS,
                            List.of(RuleViolated.fieldError("allocationId", "over-allocates the resource")),
                            "overAllocated", overloaded));
        }
        apply(new AllocationConfirmed(resourceId, tenantId, allocation.id(), allocation.projectId(),
                caller.principal(), Loads.weeklyCosts(loads(settings), allocation.withStatus(
                        AllocationStatus.CONFIRMED), profile.costRate())));
        if (!overloaded.isEmpty()) {
            apply(new OverAllocationDetected(resourceId, tenantId, allocation.id(), allocation.projectId(),
                    overloaded));
        }
        utilizationChanged(calendars, allocation.from(), allocation.to());
        return new Confirmed(AggregateLifecycle.getVersion(), overloaded);
    }

    @CommandHandler
    long handle(RejectAllocation command, TenantCalendars calendars) {
        Allocation allocation = allocation(command.allocationId());
        requireStatus(allocation, AllocationStatus.REQUESTED, "rejected");
        apply(new AllocationRejected(resourceId, tenantId, allocation.id(), allocation.projectId(), command.reason()));
        utilizationChanged(calendars, allocation.from(), allocation.to());
        return AggregateLifecycle.getVersion();
    }

    /** Releases a requested or confirmed allocation from a date (today if none) to its end. */
    @CommandHandler
    long handle(ReleaseAllocation command, TenantCalendars calendars, Clock clock) {
        Allocation allocation = allocation(command.allocationId());
        if (allocation.status() != AllocationStatus.REQUESTED && allocation.status() != AllocationStatus.CONFIRMED) {
            throw StateConflict.inState("Allocation " + allocation.id() + " is " + allocation.status()
                    + ": only a requested or confirmed allocation is released", allocation.status(),
                    List.of(AllocationStatus.REQUESTED, AllocationStatus.CONFIRMED));
        }
        LocalDate from = Objects.requireNonNullElse(command.releasedFrom(), LocalDate.now(clock));
        if (from.isAfter(allocation.to())) {
            throw new RuleViolated("Allocation " + allocation.id() + " ends on " + allocation.to()
                    + ": nothing to release from " + from, "releasedFrom", "must not be after the allocation's end");
        }
        release(allocation, from, command.reason(), calendars);
        return AggregateLifecycle.getVersion();
    }

    /** The reaction to a project completed or cancelled: what it still had here ends today. */
    @CommandHandler
    long handle(ReleaseProjectAllocations command, TenantCalendars calendars, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        for (Allocation allocation : List.copyOf(allocations.values())) {
            if (allocation.projectId().equals(command.projectId()) && live(allocation)
                    && !allocation.to().isBefore(today)) {
                release(allocation, allocation.from().isAfter(today) ? allocation.from() : today, command.reason(),
                        calendars);
            }
        }
        return AggregateLifecycle.getVersion();
    }

    /** The reaction to a project on hold: its allocations here load nothing until it is active again. */
    @CommandHandler
    long handle(SuspendProjectAllocations command, TenantCalendars calendars) {
        for (Allocation allocation : List.copyOf(allocations.values())) {
            if (allocation.projectId().equals(command.projectId()) && live(allocation) && !allocation.suspended()) {
                apply(new AllocationSuspended(resourceId, tenantId, allocation.id(), allocation.projectId(),
                        command.reason()));
                utilizationChanged(calendars, allocation.from(), allocation.to());
            }
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(ResumeProjectAllocations command, TenantCalendars calendars) {
        for (Allocation allocation : List.copyOf(allocations.values())) {
            if (allocation.projectId().equals(command.projectId()) && allocation.suspended()) {
                apply(new AllocationResumed(resourceId, tenantId, allocation.id(), allocation.projectId()));
                utilizationChanged(calendars, allocation.from(), allocation.to());
            }
        }
        return AggregateLifecycle.getVersion();
    }

    /** Released from a date on; a request never loaded confirmed time, so it is released whole. */
    private void release(Allocation allocation, LocalDate from, String reason, TenantCalendars calendars) {
        LocalDate start = from.isBefore(allocation.from()) || allocation.status() == AllocationStatus.REQUESTED
                ? allocation.from() : from;
        apply(new AllocationReleased(resourceId, tenantId, allocation.id(), allocation.projectId(), start, reason));
        utilizationChanged(calendars, start, allocation.to());
    }

    private static boolean live(Allocation allocation) {
        return allocation.status() == AllocationStatus.REQUESTED || allocation.status() == AllocationStatus.CONFIRMED;
    }

    private KnownProject openProject(KnownProjects projects, String projectId) {
        KnownProject project = projects.find(tenantId, projectId).orElseThrow(() -> new RuleViolated("No project "
                + projectId + " of the tenant is known (yet)", "projectId", "must be a project of the tenant"));
        if (project.closed()) {
            throw new RuleViolated("Project " + projectId + " is " + project.status(), "projectId",
                    "must not be completed or cancelled");
        }
        return project;
    }

    private Allocation allocation(String allocationId) {
        Allocation allocation = allocations.get(allocationId);
        if (allocation == null) {
            throw new NotFound("No allocation " + allocationId + " of resource " + resourceId);
        }
        return allocation;
    }

    private static void requireStatus(Allocation allocation, AllocationStatus expected, String action) {
        if (allocation.status() != expected) {
            throw StateConflict.inState("Allocation " + allocation.id() + " is " + allocation.status()
                    + ": only a " + expected + " allocation is " + action, allocation.status(), List.of(expected));
        }
    }

    private Loads loads(ResourceSettingsView settings) {
        return new Loads(settings, profile.hoursPerDay(), profile.availableFrom(), profile.availableUntil(), partTime,
                new ArrayList<>(absences.values()), new ArrayList<>(allocations.values()));
    }

    /**
     * Publishes the weeks a change touched: {@code from..to}, or (null) every week the resource's live allocations
     * cover; nothing when no allocation is live there (utilisation is kept where there is load).
     */
    private void utilizationChanged(TenantCalendars calendars, LocalDate from, LocalDate to) {
        Loads loads = loads(calendars.settings(tenantId));
        var weeks = loads.weeks(from, to);
        if (!weeks.isEmpty()) {
            apply(new UtilizationChanged(resourceId, tenantId, weeks));
        }
    }
}
