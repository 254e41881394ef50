package io.pmo.resource.query;

/**
 * The tenant's resource settings as the resource aggregate asks for them (working weekdays, holidays,
 * over-allocation policy): the settings read model, or the defaults.
 */
public interface TenantCalendars {

    ResourceSettingsView settings(String tenantId);
}
