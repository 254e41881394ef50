package io.pmo.project.query;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import io.pmo.events.project.CustomFieldDefinition;
import io.pmo.events.project.ProjectSettingsEvent;
import io.pmo.project.schedule.WorkingCalendar;

/**
 * A tenant's project settings as project-service reads them: the enterprise calendar of every schedule and the
 * custom field definitions projects are validated against. One document per tenant, keyed by the settings id;
 * {@code version} is the sequence of the last applied settings event (null for the defaults of a tenant that
 * has not written settings yet).
 */
@Document("project_settings")
public record ProjectSettingsView(@Id String settingsId, String tenantId, List<DayOfWeek> workingWeekdays,
        List<LocalDate> holidays, List<CustomFieldDefinition> customFields, Long version, Instant updatedAt,
        String lastEventId) {

    public ProjectSettingsView {
        workingWeekdays = workingWeekdays == null ? List.of() : List.copyOf(workingWeekdays);
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
        customFields = customFields == null ? List.of() : List.copyOf(customFields);
    }

    /** What a tenant without settings gets: Monday to Friday, no holidays, no custom fields. */
    public static ProjectSettingsView defaults(String tenantId) {
        return new ProjectSettingsView(ProjectSettingsEvent.settingsIdOf(tenantId), tenantId,
                List.copyOf(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)), List.of(), List.of(), null, null,
                null);
    }

    /** The enterprise calendar: working weekdays with the holidays off. */
    public WorkingCalendar calendar() {
        return WorkingCalendar.of(EnumSet.copyOf(workingWeekdays), Set.copyOf(holidays));
    }
}
