package io.pmo.risk.command;

import java.math.BigDecimal;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The commands of the tenant's risk settings. */
public final class RiskSettingsCommands {

    private RiskSettingsCommands() {
    }

    /** Sets the whole settings; only a PMO admin of the tenant. Answers the new version. */
    public record ChangeRiskSettings(@TargetAggregateIdentifier String settingsId, String tenantId,
            List<String> probabilityNames, List<String> impactNames, List<BigDecimal> probabilityPercents,
            int mediumFrom, int highFrom, int criticalFrom, int escalationScore, int responseDays,
            Long expectedVersion) {
    }
}
