package io.pmo.events.resource;

import io.pmo.events.common.TenantEvent;

/**
 * Every event of the resource context's tenant settings; one settings aggregate per tenant, id
 * {@link #settingsIdOf(String)}.
 */
public sealed interface ResourceSettingsEvent extends TenantEvent permits ResourceSettingsChanged {

    /** The prefix of every settings aggregate id of the resource context. */
    String SETTINGS_ID_PREFIX = "resource-settings:";

    /** The settings aggregate; also the CloudEvent subject and the Kafka key. */
    String settingsId();

    @Override
    default String aggregateId() {
        return settingsId();
    }

    static String settingsIdOf(String tenantId) {
        return SETTINGS_ID_PREFIX + tenantId;
    }
}
