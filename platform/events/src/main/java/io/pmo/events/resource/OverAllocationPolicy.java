package io.pmo.events.resource;

/** What confirming an allocation that over-allocates a resource does: warn (an event) or refuse (422). */
public enum OverAllocationPolicy {
    WARN, REFUSE
}
