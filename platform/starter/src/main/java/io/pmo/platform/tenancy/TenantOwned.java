package io.pmo.platform.tenancy;

/**
 * An aggregate that remembers its tenant. The platform's {@link io.pmo.platform.access.AggregateGuard} refuses
 * every command on it from another tenant, so no aggregate checks tenancy by hand.
 */
public interface TenantOwned {

    /** The tenant the aggregate belongs to; set by its creation event. */
    String tenantId();
}
