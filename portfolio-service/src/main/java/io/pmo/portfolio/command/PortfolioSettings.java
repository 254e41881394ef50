package io.pmo.portfolio.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.List;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import io.pmo.events.portfolio.PortfolioSettingsChanged;
import io.pmo.events.portfolio.PortfolioSettingsEvent;
import io.pmo.events.portfolio.StageGate;
import io.pmo.platform.access.Caller;
import io.pmo.platform.domain.NotAllowed;
import io.pmo.platform.domain.StateConflict;
import io.pmo.platform.tenancy.TenantOwned;
import io.pmo.portfolio.command.PortfolioSettingsCommands.ChangePortfolioSettings;

/**
 * A tenant's settings of the portfolio context (CONVENTIONS.md Ownership), one per tenant, created by the first
 * write: the stage gates every candidate passes, in order, with their criteria, approvers and the funding gate.
 * A candidate at a gate the tenant later removes keeps it; deciding there is refused until an admin restores it.
 */
@Aggregate
class PortfolioSettings implements TenantOwned {

    @AggregateIdentifier
    private String settingsId;

    private String tenantId;

    private List<StageGate> gates;

    PortfolioSettings() {
        // for Axon, and for the creation policy of ChangePortfolioSettings
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    long handle(ChangePortfolioSettings command, Caller caller) {
        if (!caller.internal() && !caller.isAdmin()) {
            throw new NotAllowed("Only a PMO admin changes the portfolio settings");
        }
        if (!PortfolioSettingsEvent.settingsIdOf(command.tenantId()).equals(command.settingsId())) {
            throw new IllegalArgumentException("Settings " + command.settingsId() + " are not those of tenant "
                    + command.tenantId());
        }
        StateConflict.requireVersion(command.expectedVersion(), tenantId == null ? null
                : AggregateLifecycle.getVersion(), "portfolio settings");
        List<StageGate> checked = GateRules.check(command.gates());
        if (tenantId == null || !checked.equals(gates)) {
            apply(new PortfolioSettingsChanged(command.settingsId(), command.tenantId(), checked));
        }
        return AggregateLifecycle.getVersion();
    }

    @Override
    public String tenantId() {
        return tenantId;
    }

    @EventSourcingHandler
    void on(PortfolioSettingsChanged event) {
        settingsId = event.settingsId();
        tenantId = event.tenantId();
        gates = event.gates();
    }
}
