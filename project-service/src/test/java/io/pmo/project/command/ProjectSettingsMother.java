package io.pmo.project.command;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.pmo.events.project.CustomFieldDefinition;
import io.pmo.events.project.CustomFieldType;
import io.pmo.events.project.ProjectSettingsChanged;
import io.pmo.events.project.ProjectSettingsEvent;
import io.pmo.project.command.ProjectSettingsCommands.ChangeProjectSettings;
import io.pmo.project.query.CustomFieldDefinitions;

/** A tenant's project settings: a Monday-to-Friday calendar with Christmas off and one custom field of each type. */
final class ProjectSettingsMother {

    static final String TENANT_ID = ProjectMother.TENANT_ID;

    static final String SETTINGS_ID = ProjectSettingsEvent.settingsIdOf(TENANT_ID);

    static final List<DayOfWeek> WEEKDAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    static final LocalDate CHRISTMAS = LocalDate.of(2026, 12, 25);

    static final LocalDate BOXING_DAY = LocalDate.of(2026, 12, 26);

    static final CustomFieldDefinition COST_CENTRE = new CustomFieldDefinition("costCentre", "Cost centre",
            CustomFieldType.TEXT, List.of(), true);

    static final CustomFieldDefinition SCORE = new CustomFieldDefinition("strategicScore", "Strategic score",
            CustomFieldType.NUMBER, List.of(), false);

    static final CustomFieldDefinition GO_LIVE = new CustomFieldDefinition("goLiveWindow", "Go-live window",
            CustomFieldType.DATE, List.of(), false);

    static final CustomFieldDefinition RISK_CLASS = new CustomFieldDefinition("riskClass", "Risk class",
            CustomFieldType.CHOICE, List.of("LOW", "MEDIUM", "HIGH"), false);

    static final List<CustomFieldDefinition> FIELDS = List.of(COST_CENTRE, SCORE, GO_LIVE, RISK_CLASS);

    private ProjectSettingsMother() {
    }

    static ChangeProjectSettings change(List<DayOfWeek> weekdays, List<LocalDate> holidays,
            List<CustomFieldDefinition> fields) {
        return new ChangeProjectSettings(SETTINGS_ID, TENANT_ID, weekdays, holidays, fields, null);
    }

    static ChangeProjectSettings standard() {
        return change(WEEKDAYS, List.of(CHRISTMAS, BOXING_DAY), FIELDS);
    }

    static ProjectSettingsChanged standardChanged() {
        return new ProjectSettingsChanged(SETTINGS_ID, TENANT_ID, WEEKDAYS, List.of(CHRISTMAS, BOXING_DAY), FIELDS);
    }

    /** Command metadata of an API call by a PMO admin of the tenant. */
    static Map<String, Object> admin() {
        return ProjectMother.as("admin-1", "PMO_ADMIN");
    }

    /** The definitions port as the fixture injects it: the standard fields for the tenant, none for others. */
    static CustomFieldDefinitions standardDefinitions() {
        return tenantId -> TENANT_ID.equals(tenantId) ? FIELDS : List.of();
    }
}
