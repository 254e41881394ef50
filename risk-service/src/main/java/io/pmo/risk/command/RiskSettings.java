package io.pmo.risk.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import io.pmo.events.risk.RiskSettingsChanged;
import io.pmo.events.risk.RiskSettingsEvent;
import io.pmo.platform.access.Caller;
import io.pmo.platform.domain.NotAllowed;
import io.pmo.platform.domain.RuleViolated;
import io.pmo.platform.domain.StateConflict;
import io.pmo.platform.tenancy.TenantOwned;
import io.pmo.risk.command.RiskSettingsCommands.ChangeRiskSettings;
import io.pmo.risk.scoring.RiskMatrix;

/**
 * A tenant's settings of the risk context, one per tenant: the matrix (level names, probability percentages, band
 * bounds), the score from which a risk is escalated, and the days a HIGH risk may wait for a response. Assessments
 * from then on use them; earlier assessments keep the band they were given (the event says it).
 */
@Aggregate
class RiskSettings implements TenantOwned {

    static final int MAX_RESPONSE_DAYS = 365;

    @AggregateIdentifier
    private String settingsId;

    private String tenantId;

    private RiskSettingsChanged current;

    RiskSettings() {
        // for Axon, and for the creation policy of ChangeRiskSettings
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    long handle(ChangeRiskSettings command, Caller caller) {
        if (!caller.internal() && !caller.isAdmin()) {
            throw new NotAllowed("Only a PMO admin changes the risk settings");
        }
        if (!RiskSettingsEvent.settingsIdOf(command.tenantId()).equals(command.settingsId())) {
            throw new IllegalArgumentException("Settings " + command.settingsId() + " are not those of tenant "
                    + command.tenantId());
        }
        StateConflict.requireVersion(command.expectedVersion(), tenantId == null ? null
                : AggregateLifecycle.getVersion(), "risk settings");
        checkMatrix(command);
        if (command.escalationScore() < 1 || command.escalationScore() > 25) {
            throw new RuleViolated("An escalation score is 1 to 25", "escalationScore", "must be between 1 and 25");
        }
        if (command.responseDays() < 1 || command.responseDays() > MAX_RESPONSE_DAYS) {
            throw new RuleViolated("A HIGH risk waits 1 to " + MAX_RESPONSE_DAYS + " days for a response",
                    "responseDays", "must be between 1 and " + MAX_RESPONSE_DAYS);
        }
        RiskSettingsChanged changed = new RiskSettingsChanged(command.settingsId(), command.tenantId(),
                command.probabilityNames(), command.impactNames(), command.probabilityPercents(),
                command.mediumFrom(), command.highFrom(), command.criticalFrom(), command.escalationScore(),
                command.responseDays());
        if (!changed.equals(current)) {
            apply(changed);
        }
        return AggregateLifecycle.getVersion();
    }

    private static void checkMatrix(ChangeRiskSettings command) {
        if (command.probabilityNames().size() != RiskMatrix.LEVELS) {
            throw new RuleViolated("Five probability levels", "probabilityNames", "must name five levels");
        }
        if (command.impactNames().size() != RiskMatrix.LEVELS) {
            throw new RuleViolated("Five impact levels", "impactNames", "must name five levels");
        }
        if (command.probabilityPercents().size() != RiskMatrix.LEVELS) {
            throw new RuleViolated("Five probability percentages", "probabilityPercents", "must give five");
        }
        try {
            new RiskMatrix(command.probabilityNames(), command.impactNames(), command.probabilityPercents(),
                    command.mediumFrom(), command.highFrom(), command.criticalFrom());
        }
        catch (IllegalArgumentException ex) {
            String field = ex.getMessage().startsWith("Probability") ? "probabilityPercents" : "mediumFrom";
            throw new RuleViolated(ex.getMessage(), field, ex.getMessage().startsWith("Probability")
                    ? "must ascend strictly between 0 and 100" : "bands must ascend strictly within 2..25");
        }
    }

    @Override
    public String tenantId() {
        return tenantId;
    }

    @EventSourcingHandler
    void on(RiskSettingsChanged event) {
        settingsId = event.settingsId();
        tenantId = event.tenantId();
        current = event;
    }
}
