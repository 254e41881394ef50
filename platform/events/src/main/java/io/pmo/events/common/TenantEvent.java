package io.pmo.events.common;

/** A published event: it belongs to one tenant and one source aggregate. */
public interface TenantEvent {

    String tenantId();

    String aggregateId();
}
