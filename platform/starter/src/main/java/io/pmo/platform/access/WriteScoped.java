package io.pmo.platform.access;

import io.pmo.platform.tenancy.TenantOwned;

/**
 * An aggregate whose writers are narrower than a role: "a project manager writes only projects they manage",
 * "a risk owner writes only risks they own". The platform's {@link AggregateGuard} asks it before every
 * command on an existing instance that came through the API; a refusal is 403 and changes nothing. Internal
 * commands (reactions to other contexts' events) are not asked. Every such aggregate is tenant-owned: the
 * tenant check comes first, so another tenant learns nothing.
 */
public interface WriteScoped extends TenantOwned {

    /** Whether this caller may change the aggregate; called after the tenant check. */
    boolean writableBy(Caller caller);
}
