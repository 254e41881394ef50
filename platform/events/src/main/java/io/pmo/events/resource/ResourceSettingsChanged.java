package io.pmo.events.resource;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;

/**
 * A tenant's resource settings were set, whole: the working weekdays and holidays every resource's capacity is
 * computed on (at least one, in week order), the holidays (ascending, without repeats), and the over-allocation
 * policy.
 */
@Revision("1")
public record ResourceSettingsChanged(String settingsId, String tenantId, List<DayOfWeek> workingWeekdays,
        List<LocalDate> holidays, OverAllocationPolicy overAllocationPolicy) implements ResourceSettingsEvent {

    public ResourceSettingsChanged {
        workingWeekdays = workingWeekdays == null ? List.of() : List.copyOf(workingWeekdays);
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
    }
}
