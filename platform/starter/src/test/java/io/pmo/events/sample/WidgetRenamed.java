package io.pmo.events.sample;

import org.axonframework.serialization.Revision;

import io.pmo.events.common.TenantEvent;

/**
 * A test-only event at its third revision, to test revision handling: v1 had {@code title} instead of
 * {@code name}, v2 had no {@code label}. Not in the catalog of {@code platform/events}.
 */
@Revision("3")
public record WidgetRenamed(String widgetId, String tenantId, String name, String label) implements TenantEvent {

    @Override
    public String aggregateId() {
        return widgetId;
    }
}
