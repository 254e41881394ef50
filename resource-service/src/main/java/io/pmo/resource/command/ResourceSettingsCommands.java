package io.pmo.resource.command;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import io.pmo.events.resource.OverAllocationPolicy;

/** The commands of the tenant's resource settings. */
public final class ResourceSettingsCommands {

    private ResourceSettingsCommands() {
    }

    /** Sets the whole settings; only a PMO admin of the tenant. Answers the new version. */
    public record ChangeResourceSettings(@TargetAggregateIdentifier String settingsId, String tenantId,
            List<DayOfWeek> workingWeekdays, List<LocalDate> holidays, OverAllocationPolicy overAllocationPolicy,
            Long expectedVersion) {
    }
}
