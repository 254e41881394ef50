package io.pmo.resource.command;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

import io.pmo.events.common.Money;
import io.pmo.events.resource.AbsenceCancelled;
import io.pmo.events.resource.AbsenceRecorded;
import io.pmo.events.resource.AllocationConfirmed;
import io.pmo.events.resource.AllocationRejected;
import io.pmo.events.resource.AllocationReleased;
import io.pmo.events.resource.AllocationRequested;
import io.pmo.events.resource.AllocationResumed;
import io.pmo.events.resource.AllocationSuspended;
import io.pmo.events.resource.PartTimePeriod;
import io.pmo.events.resource.PartTimeSet;
import io.pmo.events.resource.ResourceKind;
import io.pmo.events.resource.ResourceProfileChanged;
import io.pmo.events.resource.ResourceRegistered;
import io.pmo.events.resource.ResourceSkillsSet;
import io.pmo.events.resource.Skill;
import io.pmo.platform.tenancy.TenantOwned;
import io.pmo.resource.capacity.Allocation;
import io.pmo.resource.capacity.AllocationStatus;

/**
 * What a resource's events built, and nothing else: its id, tenant, kind, profile, skills, part-time periods,
 * absences and allocations (as the capacity math takes them). Each event sourcing handler is the only place state
 * changes; {@link Resource} extends it with the command handlers that decide.
 */
abstract class ResourceState implements TenantOwned {

    @AggregateIdentifier
    String resourceId;

    String tenantId;

    ResourceKind kind;

    Profile profile;

    List<PartTimePeriod> partTime = List.of();

    final Map<String, AbsenceRecorded> absences = new LinkedHashMap<>();

    final Map<String, Allocation> allocations = new LinkedHashMap<>();

    /** The profile as the events set it. */
    record Profile(String role, BigDecimal hoursPerDay, Money costRate, LocalDate availableFrom,
            LocalDate availableUntil) {
    }

    List<Skill> skills = List.of();

    @Override
    public String tenantId() {
        return tenantId;
    }

    @EventSourcingHandler
    void on(ResourceRegistered event) {
        resourceId = event.resourceId();
        tenantId = event.tenantId();
        kind = event.kind();
        profile = new Profile(event.role(), event.hoursPerDay(), event.costRate(), event.availableFrom(),
                event.availableUntil());
    }

    @EventSourcingHandler
    void on(ResourceProfileChanged event) {
        profile = new Profile(event.role(), event.hoursPerDay(), event.costRate(), event.availableFrom(),
                event.availableUntil());
    }

    @EventSourcingHandler
    void on(ResourceSkillsSet event) {
        skills = event.skills();
    }

    @EventSourcingHandler
    void on(PartTimeSet event) {
        partTime = event.periods();
    }

    @EventSourcingHandler
    void on(AbsenceRecorded event) {
        absences.put(event.absenceId(), event);
    }

    @EventSourcingHandler
    void on(AbsenceCancelled event) {
        absences.remove(event.absenceId());
    }

    @EventSourcingHandler
    void on(AllocationRequested event) {
        allocations.put(event.allocationId(), new Allocation(event.allocationId(), event.projectId(), event.from(),
                event.to(), event.hoursPerWeek(), event.percent(), AllocationStatus.REQUESTED, false, null));
    }

    @EventSourcingHandler
    void on(AllocationConfirmed event) {
        allocations.computeIfPresent(event.allocationId(), (id, allocation) -> allocation.withStatus(
                AllocationStatus.CONFIRMED));
    }

    @EventSourcingHandler
    void on(AllocationRejected event) {
        allocations.computeIfPresent(event.allocationId(), (id, allocation) -> allocation.withStatus(
                AllocationStatus.REJECTED));
    }

    @EventSourcingHandler
    void on(AllocationReleased event) {
        allocations.computeIfPresent(event.allocationId(), (id, allocation) -> allocation.releasedFrom(
                event.releasedFrom()));
    }

    @EventSourcingHandler
    void on(AllocationSuspended event) {
        allocations.computeIfPresent(event.allocationId(), (id, allocation) -> allocation.withSuspended(true));
    }

    @EventSourcingHandler
    void on(AllocationResumed event) {
        allocations.computeIfPresent(event.allocationId(), (id, allocation) -> allocation.withSuspended(false));
    }
}
