package io.pmo.resource.command;

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

import io.pmo.events.resource.OverAllocationPolicy;
import io.pmo.events.resource.ResourceSettingsChanged;
import io.pmo.events.resource.ResourceSettingsEvent;
import io.pmo.platform.access.Caller;
import io.pmo.platform.domain.NotAllowed;
import io.pmo.platform.domain.RuleViolated;
import io.pmo.platform.domain.StateConflict;
import io.pmo.platform.tenancy.TenantOwned;
import io.pmo.resource.command.ResourceSettingsCommands.ChangeResourceSettings;

/**
 * A tenant's settings of the resource context, one per tenant, created by the first write: the working weekdays
 * and holidays every resource's capacity is computed on, and the over-allocation policy (WARN: confirm and emit
 * the over-allocation; REFUSE: 422). A tenant without settings works Monday to Friday without holidays and warns.
 * A change applies to confirmations from then on; the utilisation already published is recomputed at each
 * resource's next change.
 */
@Aggregate
class ResourceSettings implements TenantOwned {

    static final int MAX_HOLIDAYS = 1_000;

    @AggregateIdentifier
    private String settingsId;

    private String tenantId;

    private List<DayOfWeek> workingWeekdays;

    private List<LocalDate> holidays;

    private OverAllocationPolicy policy;

    ResourceSettings() {
        // for Axon, and for the creation policy of ChangeResourceSettings
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    long handle(ChangeResourceSettings command, Caller caller) {
        if (!caller.internal() && !caller.isAdmin()) {
            throw new NotAllowed("Only a PMO admin changes the resource settings");
        }
        if (!ResourceSettingsEvent.settingsIdOf(command.tenantId()).equals(command.settingsId())) {
            throw new IllegalArgumentException("Settings " + command.settingsId() + " are not those of tenant "
                    + command.tenantId());
        }
        StateConflict.requireVersion(command.expectedVersion(), tenantId == null ? null
                : AggregateLifecycle.getVersion(), "resource settings");
        if (command.workingWeekdays().isEmpty()) {
            throw new RuleViolated("A calendar needs at least one working weekday", "workingWeekdays",
                    "must name at least one weekday");
        }
        if (command.holidays().size() > MAX_HOLIDAYS) {
            throw new RuleViolated("At most " + MAX_HOLIDAYS + " holidays", "holidays",
                    "must hold at most " + MAX_HOLIDAYS);
        }
        List<DayOfWeek> weekdays = List.copyOf(new TreeSet<>(command.workingWeekdays()));
        List<LocalDate> days = List.copyOf(new TreeSet<>(command.holidays()));
        if (tenantId == null || !weekdays.equals(workingWeekdays) || !days.equals(holidays)
                || command.overAllocationPolicy() != policy) {
            apply(new ResourceSettingsChanged(command.settingsId(), command.tenantId(), weekdays, days,
                    command.overAllocationPolicy()));
        }
        return AggregateLifecycle.getVersion();
    }

    @Override
    public String tenantId() {
        return tenantId;
    }

    @EventSourcingHandler
    void on(ResourceSettingsChanged event) {
        settingsId = event.settingsId();
        tenantId = event.tenantId();
        workingWeekdays = event.workingWeekdays();
        holidays = event.holidays();
        policy = event.overAllocationPolicy();
    }
}
