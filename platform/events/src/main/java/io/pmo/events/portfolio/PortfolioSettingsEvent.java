package io.pmo.events.portfolio;

import io.pmo.events.common.TenantEvent;

/**
 * Every event of the portfolio context's tenant settings. Not {@link PortfolioEvent}s: they concern no
 * portfolio. One settings aggregate per tenant; its id is {@link #settingsIdOf(String)}.
 */
public sealed interface PortfolioSettingsEvent extends TenantEvent permits PortfolioSettingsChanged {

    /** The prefix of every settings aggregate id of the portfolio context. */
    String SETTINGS_ID_PREFIX = "portfolio-settings:";

    /** The settings aggregate; also the CloudEvent subject and the Kafka key. */
    String settingsId();

    @Override
    default String aggregateId() {
        return settingsId();
    }

    /** The id of a tenant's portfolio settings: one per tenant, never equal to a portfolio id. */
    static String settingsIdOf(String tenantId) {
        return SETTINGS_ID_PREFIX + tenantId;
    }
}
