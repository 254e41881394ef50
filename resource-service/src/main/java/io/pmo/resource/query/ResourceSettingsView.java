package io.pmo.resource.query;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import io.pmo.events.resource.OverAllocationPolicy;
import io.pmo.events.resource.ResourceSettingsEvent;

/** A tenant's resource settings as written; {@code version} null for the defaults (Monday to Friday, WARN). */
@Document("resource_settings")
public record ResourceSettingsView(@Id String settingsId, String tenantId, List<DayOfWeek> workingWeekdays,
        List<LocalDate> holidays, OverAllocationPolicy overAllocationPolicy, Long version, Instant changedAt) {

    public static ResourceSettingsView defaults(String tenantId) {
        return new ResourceSettingsView(ResourceSettingsEvent.settingsIdOf(tenantId), tenantId,
                List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                        DayOfWeek.FRIDAY), List.of(), OverAllocationPolicy.WARN, null, null);
    }
}
