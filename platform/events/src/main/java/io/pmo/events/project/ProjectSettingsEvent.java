package io.pmo.events.project;

import io.pmo.events.common.TenantEvent;

/**
 * Every event of the project context's tenant settings. They are not {@link ProjectEvent}s: they concern no
 * project, so consumers that keep one row per project (and project-service's own project read models) never see
 * them as a change of a project. One settings aggregate per tenant; its id is {@link #settingsIdOf(String)}.
 */
public sealed interface ProjectSettingsEvent extends TenantEvent permits ProjectSettingsChanged {

    /** The prefix of every settings aggregate id of the project context. */
    String SETTINGS_ID_PREFIX = "project-settings:";

    /** The settings aggregate; also the CloudEvent subject and the Kafka key. */
    String settingsId();

    @Override
    default String aggregateId() {
        return settingsId();
    }

    /**
     * The id of a tenant's project settings: derived from the tenant id, so there is exactly one per tenant,
     * and prefixed, so it never meets a project id, or another context's settings of the same tenant, in a
     * consumer's per-aggregate dedupe or in the audit trail.
     */
    static String settingsIdOf(String tenantId) {
        return SETTINGS_ID_PREFIX + tenantId;
    }
}
