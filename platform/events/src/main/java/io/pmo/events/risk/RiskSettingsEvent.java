package io.pmo.events.risk;

import io.pmo.events.common.TenantEvent;

/** Every event of the risk context's tenant settings; one aggregate per tenant, id {@link #settingsIdOf(String)}. */
public sealed interface RiskSettingsEvent extends TenantEvent permits RiskSettingsChanged {

    String SETTINGS_ID_PREFIX = "risk-settings:";

    String settingsId();

    @Override
    default String aggregateId() {
        return settingsId();
    }

    static String settingsIdOf(String tenantId) {
        return SETTINGS_ID_PREFIX + tenantId;
    }
}
