package io.pmo.events.resource;

import io.pmo.events.common.TenantEvent;

/**
 * Every event of the resource context names its resource and tenant. resource-service publishes them on
 * {@code pmo.resource.events}, keyed by resource id: a resource's allocations live with it, so that confirming one
 * sees every other load on the same calendar.
 */
public sealed interface ResourceEvent extends TenantEvent permits ResourceRegistered, ResourceProfileChanged,
        ResourceSkillsSet, PartTimeSet, AbsenceRecorded, AbsenceCancelled, AllocationRequested, AllocationConfirmed,
        AllocationRejected, AllocationReleased, AllocationSuspended, AllocationResumed, OverAllocationDetected,
        UtilizationChanged {

    String resourceId();

    @Override
    default String aggregateId() {
        return resourceId();
    }
}
