package io.pmo.portfolio.command;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import io.pmo.events.portfolio.StageGate;

/** The commands of the tenant's portfolio settings. */
public final class PortfolioSettingsCommands {

    private PortfolioSettingsCommands() {
    }

    /** Sets the whole settings; only a PMO admin of the tenant. Answers the new version. */
    public record ChangePortfolioSettings(@TargetAggregateIdentifier String settingsId, String tenantId,
            List<StageGate> gates, Long expectedVersion) {
    }
}
