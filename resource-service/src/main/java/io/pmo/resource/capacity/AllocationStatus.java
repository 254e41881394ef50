package io.pmo.resource.capacity;

/**
 * Where an allocation stands. CONFIRMED (and RELEASED, up to its release date) is the load that can
 * over-allocate a resource; REQUESTED is reported apart and never over-allocates; REJECTED loads nothing.
 */
public enum AllocationStatus {
    REQUESTED,
    CONFIRMED,
    RELEASED,
    REJECTED
}
