package io.pmo.project.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import io.pmo.events.project.CustomFieldDefinition;
import io.pmo.events.project.ProjectSettingsChanged;
import io.pmo.events.project.ProjectSettingsEvent;
import io.pmo.platform.access.Caller;
import io.pmo.platform.domain.NotAllowed;
import io.pmo.platform.domain.RuleViolated;
import io.pmo.platform.domain.StateConflict;
import io.pmo.platform.tenancy.TenantOwned;

/**
 * A tenant's settings of the project context (CONVENTIONS.md Ownership), one per tenant, created by the first
 * write: the enterprise calendar (working weekdays and holidays) every schedule of the tenant is computed on,
 * and the custom fields its projects carry. A tenant without settings works Monday to Friday with no holidays
 * and no custom fields.
 *
 * <p>Removing a custom field definition or changing its type is allowed and touches no project: values written
 * earlier stay in each project's history and read model as they were, and are validated again only when that
 * project's values are next written (then a value of a removed field is an unknown key, and a retyped one must
 * fit its new type). Likewise a field made required is demanded from each project's next write on.
 */
@Aggregate
class ProjectSettings implements TenantOwned {

    @AggregateIdentifier
    private String settingsId;

    private String tenantId;

    private List<DayOfWeek> workingWeekdays;

    private List<LocalDate> holidays;

    private List<CustomFieldDefinition> customFields;

    ProjectSettings() {
        // for Axon, and for the creation policy of ChangeProjectSettings
    }

    /**
     * Sets the whole settings: only a PMO admin of the tenant (or the platform itself). Weekdays and holidays
     * are kept in order without repeats. Answers the new version; writing what is already there changes nothing.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    long handle(ProjectSettingsCommands.ChangeProjectSettings command, Caller caller) {
        if (!caller.internal() && !caller.isAdmin()) {
            throw new NotAllowed("Only a PMO admin changes the project settings");
        }
        if (!ProjectSettingsEvent.settingsIdOf(command.tenantId()).equals(command.settingsId())) {
            throw new IllegalArgumentException("Settings " + command.settingsId() + " are not those of tenant "
                    + command.tenantId());
        }
        StateConflict.requireVersion(command.expectedVersion(), tenantId == null ? null
                : AggregateLifecycle.getVersion(), "project settings");
        if (command.workingWeekdays().isEmpty()) {
            throw new RuleViolated("A calendar needs at least one working weekday", "workingWeekdays",
                    "must name at least one weekday");
        }
        List<DayOfWeek> weekdays = List.copyOf(new TreeSet<>(command.workingWeekdays()));
        List<LocalDate> days = List.copyOf(new TreeSet<>(command.holidays()));
        List<CustomFieldDefinition> fields = CustomFieldRules.checkDefinitions(command.customFields());
        if (tenantId == null || !weekdays.equals(workingWeekdays) || !days.equals(holidays)
                || !fields.equals(customFields)) {
            apply(new ProjectSettingsChanged(command.settingsId(), command.tenantId(), weekdays, days, fields));
        }
        return AggregateLifecycle.getVersion();
    }

    @Override
    public String tenantId() {
        return tenantId;
    }

    @EventSourcingHandler
    void on(ProjectSettingsChanged event) {
        settingsId = event.settingsId();
        tenantId = event.tenantId();
        workingWeekdays = event.workingWeekdays();
        holidays = event.holidays();
        customFields = event.customFields();
    }
}
