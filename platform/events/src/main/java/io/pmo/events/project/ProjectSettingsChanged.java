package io.pmo.events.project;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;

/**
 * A tenant's project settings were set; the event carries the whole settings (the first one creates them):
 * the enterprise calendar (working weekdays, holidays) every project's schedule is computed on, and the custom
 * fields every project may or must carry. One event for the whole set, so a subscriber never has to merge.
 *
 * @param workingWeekdays at least one, in week order
 * @param holidays non-working dates, ascending, no duplicates
 * @param customFields the definitions, in the order the tenant gave them
 */
@Revision("1")
public record ProjectSettingsChanged(String settingsId, String tenantId, List<DayOfWeek> workingWeekdays,
        List<LocalDate> holidays, List<CustomFieldDefinition> customFields) implements ProjectSettingsEvent {

    public ProjectSettingsChanged {
        workingWeekdays = workingWeekdays == null ? List.of() : List.copyOf(workingWeekdays);
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
        customFields = customFields == null ? List.of() : List.copyOf(customFields);
    }
}
