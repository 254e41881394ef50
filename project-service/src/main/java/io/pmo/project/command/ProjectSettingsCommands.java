package io.pmo.project.command;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import io.pmo.events.project.CustomFieldDefinition;

/** The commands of the project context's tenant settings. They stay inside project-service. */
public final class ProjectSettingsCommands {

    private ProjectSettingsCommands() {
    }

    /**
     * Sets the whole settings of the tenant; the first one creates them. {@code settingsId} is
     * {@code ProjectSettingsEvent.settingsIdOf(tenantId)}. {@code expectedVersion} (If-Match, may be null) is
     * checked by the handler: Axon does not check a version for a create-if-missing handler.
     */
    public record ChangeProjectSettings(@TargetAggregateIdentifier String settingsId, String tenantId,
            List<DayOfWeek> workingWeekdays, List<LocalDate> holidays, List<CustomFieldDefinition> customFields,
            Long expectedVersion) {

        public ChangeProjectSettings {
            workingWeekdays = workingWeekdays == null ? List.of() : List.copyOf(workingWeekdays);
            holidays = holidays == null ? List.of() : List.copyOf(holidays);
            customFields = customFields == null ? List.of() : List.copyOf(customFields);
        }
    }
}
