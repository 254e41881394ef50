package io.pmo.resource.query;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

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
import io.pmo.events.resource.ResourceEvent;
import io.pmo.events.resource.ResourceProfileChanged;
import io.pmo.events.resource.ResourceRegistered;
import io.pmo.events.resource.ResourceSkillsSet;
import io.pmo.resource.query.ResourceView.AllocationView;

/**
 * Materialises {@link ResourceView}s. The events of one resource arrive in order within a segment, so each change
 * reads the document, changes it and saves it, guarded by the sequence it last applied (a replay changes nothing).
 * The over-allocations kept are the latest {@link #MAX_OVER_ALLOCATIONS}; the audit trail has them all.
 */
@Component
@ProcessingGroup("resource-views")
class ResourceViewProjection {

    static final int MAX_OVER_ALLOCATIONS = 50;

    private final MongoTemplate mongo;

    ResourceViewProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(ResourceRegistered event, @SequenceNumber long sequence) {
        if (mongo.findById(event.resourceId(), ResourceView.class) == null) {
            mongo.save(new ResourceView(event.resourceId(), event.tenantId(), event.kind(), event.userId(),
                    event.label(), event.role(), event.hoursPerDay(), event.costRate(), event.availableFrom(),
                    event.availableUntil(), List.of(), List.of(), List.of(), List.of(), List.of(), sequence));
        }
    }

    @EventHandler
    void on(ResourceProfileChanged event, @SequenceNumber long sequence) {
        change(event, sequence, view -> view.withProfile(event.role(), event.hoursPerDay(), event.costRate(),
                event.availableFrom(), event.availableUntil(), sequence));
    }

    @EventHandler
    void on(ResourceSkillsSet event, @SequenceNumber long sequence) {
        change(event, sequence, view -> view.withCalendar(event.skills(), view.partTime(), view.absences(), sequence));
    }

    @EventHandler
    void on(PartTimeSet event, @SequenceNumber long sequence) {
        change(event, sequence, view -> view.withCalendar(view.skills(), event.periods(), view.absences(), sequence));
    }

    @EventHandler
    void on(AbsenceRecorded event, @SequenceNumber long sequence) {
        change(event, sequence, view -> {
            List<ResourceView.Absence> absences = new ArrayList<>(view.absences());
            absences.add(new ResourceView.Absence(event.absenceId(), event.from(), event.to(), event.kind()));
            return view.withCalendar(view.skills(), view.partTime(), absences, sequence);
        });
    }

    @EventHandler
    void on(AbsenceCancelled event, @SequenceNumber long sequence) {
        change(event, sequence, view -> view.withCalendar(view.skills(), view.partTime(), view.absences().stream()
                .filter(absence -> !absence.absenceId().equals(event.absenceId())).toList(), sequence));
    }

    @EventHandler
    void on(AllocationRequested event, @SequenceNumber long sequence) {
        change(event, sequence, view -> {
            List<AllocationView> allocations = new ArrayList<>(view.allocations());
            allocations.add(new AllocationView(event.allocationId(), event.projectId(), event.from(), event.to(),
                    event.hoursPerWeek(), event.percent(), "REQUESTED", false, null, event.requestedBy(), null, null));
            return view.withAllocations(allocations, view.overAllocations(), sequence);
        });
    }

    @EventHandler
    void on(AllocationConfirmed event, @SequenceNumber long sequence) {
        allocation(event, event.allocationId(), sequence, allocation -> allocation.with("CONFIRMED", false, null,
                event.confirmedBy(), null));
    }

    @EventHandler
    void on(AllocationRejected event, @SequenceNumber long sequence) {
        allocation(event, event.allocationId(), sequence, allocation -> allocation.with("REJECTED", false, null,
                allocation.confirmedBy(), event.reason()));
    }

    @EventHandler
    void on(AllocationReleased event, @SequenceNumber long sequence) {
        allocation(event, event.allocationId(), sequence, allocation -> allocation.with("RELEASED",
                allocation.suspended(), event.releasedFrom(), allocation.confirmedBy(), event.reason()));
    }

    @EventHandler
    void on(AllocationSuspended event, @SequenceNumber long sequence) {
        allocation(event, event.allocationId(), sequence, allocation -> allocation.with(allocation.status(), true,
                allocation.releasedFrom(), allocation.confirmedBy(), event.reason()));
    }

    @EventHandler
    void on(AllocationResumed event, @SequenceNumber long sequence) {
        allocation(event, event.allocationId(), sequence, allocation -> allocation.with(allocation.status(), false,
                allocation.releasedFrom(), allocation.confirmedBy(), null));
    }

    @EventHandler
    void on(OverAllocationDetected event, @SequenceNumber long sequence) {
        change(event, sequence, view -> {
            List<ResourceView.OverAllocation> over = new ArrayList<>(view.overAllocations());
            over.add(new ResourceView.OverAllocation(event.allocationId(), event.projectId(), event.weeks()));
            if (over.size() > MAX_OVER_ALLOCATIONS) {
                over = over.subList(over.size() - MAX_OVER_ALLOCATIONS, over.size());
            }
            return view.withAllocations(view.allocations(), over, sequence);
        });
    }

    /** Any other event of the resource (its utilisation): the version follows. */
    @EventHandler
    void on(ResourceEvent event, @SequenceNumber long sequence) {
        change(event, sequence, view -> view.withVersion(sequence));
    }

    private void allocation(ResourceEvent event, String allocationId, long sequence,
            UnaryOperator<AllocationView> change) {
        change(event, sequence, view -> view.withAllocations(view.allocations().stream()
                .map(allocation -> allocation.allocationId().equals(allocationId) ? change.apply(allocation)
                        : allocation).toList(), view.overAllocations(), sequence));
    }

    private void change(ResourceEvent event, long sequence, UnaryOperator<ResourceView> change) {
        ResourceView view = mongo.findById(event.resourceId(), ResourceView.class);
        if (view == null) {
            throw new IllegalStateException("Resource " + event.resourceId() + " changed before it was registered");
        }
        if (view.version() < sequence) {
            mongo.save(change.apply(view));
        }
    }
}
