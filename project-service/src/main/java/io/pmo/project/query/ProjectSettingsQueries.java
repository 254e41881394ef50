package io.pmo.project.query;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import io.pmo.events.project.CustomFieldDefinition;
import io.pmo.events.project.ProjectSettingsEvent;
import io.pmo.platform.query.TenantQueries;
import io.pmo.project.schedule.WorkingCalendar;

/**
 * Reads of {@link ProjectSettingsView}, always within one tenant; also the project aggregate's ports
 * {@link CustomFieldDefinitions} and {@link ProjectCalendars}, so custom field values are checked, and baselines
 * dated, against the settings read model.
 */
@Component
public class ProjectSettingsQueries implements CustomFieldDefinitions, ProjectCalendars {

    private final TenantQueries queries;

    ProjectSettingsQueries(TenantQueries queries) {
        this.queries = queries;
    }

    /** The tenant's settings as written; empty if it has written none. */
    public Optional<ProjectSettingsView> find(String tenantId) {
        return queries.findById(tenantId, ProjectSettingsEvent.settingsIdOf(tenantId), ProjectSettingsView.class);
    }

    /** The tenant's settings, or the defaults. */
    public ProjectSettingsView current(String tenantId) {
        return find(tenantId).orElseGet(() -> ProjectSettingsView.defaults(tenantId));
    }

    /** The tenant's enterprise calendar (Monday to Friday without settings). */
    @Override
    public WorkingCalendar enterpriseCalendar(String tenantId) {
        return current(tenantId).calendar();
    }

    @Override
    public List<CustomFieldDefinition> of(String tenantId) {
        return current(tenantId).customFields();
    }
}
