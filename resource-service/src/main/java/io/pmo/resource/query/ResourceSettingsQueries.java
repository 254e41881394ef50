package io.pmo.resource.query;

import java.util.Optional;

import org.springframework.stereotype.Component;

import io.pmo.events.resource.ResourceSettingsEvent;
import io.pmo.platform.query.TenantQueries;

/** Reads of {@link ResourceSettingsView}; also the resource aggregate's port {@link TenantCalendars}. */
@Component
public class ResourceSettingsQueries implements TenantCalendars {

    private final TenantQueries queries;

    ResourceSettingsQueries(TenantQueries queries) {
        this.queries = queries;
    }

    public Optional<ResourceSettingsView> find(String tenantId) {
        return queries.findById(tenantId, ResourceSettingsEvent.settingsIdOf(tenantId), ResourceSettingsView.class);
    }

    @Override
    public ResourceSettingsView settings(String tenantId) {
        return find(tenantId).orElseGet(() -> ResourceSettingsView.defaults(tenantId));
    }
}
