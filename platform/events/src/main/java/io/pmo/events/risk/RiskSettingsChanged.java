package io.pmo.events.risk;

import java.math.BigDecimal;
import java.util.List;

import org.axonframework.serialization.Revision;

/**
 * A tenant's risk settings, whole: the names of the five probability and impact levels, the probability each
 * probability level stands for (percent, ascending), the lower bounds of the MEDIUM, HIGH and CRITICAL bands, the
 * residual score from which a risk is escalated, and the days a HIGH risk may go without a response.
 */
@Revision("1")
public record RiskSettingsChanged(String settingsId, String tenantId, List<String> probabilityNames,
        List<String> impactNames, List<BigDecimal> probabilityPercents, int mediumFrom, int highFrom,
        int criticalFrom, int escalationScore, int responseDays) implements RiskSettingsEvent {

    public RiskSettingsChanged {
        probabilityNames = probabilityNames == null ? List.of() : List.copyOf(probabilityNames);
        impactNames = impactNames == null ? List.of() : List.copyOf(impactNames);
        probabilityPercents = probabilityPercents == null ? List.of() : List.copyOf(probabilityPercents);
    }
}
