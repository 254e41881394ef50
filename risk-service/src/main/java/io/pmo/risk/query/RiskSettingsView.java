package io.pmo.risk.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import io.pmo.events.risk.RiskSettingsEvent;
import io.pmo.risk.scoring.RiskMatrix;

/**
 * A tenant's risk settings as written; {@code version} null for the defaults (the default matrix, escalation from a
 * residual score of 15, 10 days for a HIGH risk to get a response).
 */
@Document("risk_settings")
public record RiskSettingsView(@Id String settingsId, String tenantId, List<String> probabilityNames,
        List<String> impactNames, List<BigDecimal> probabilityPercents, int mediumFrom, int highFrom,
        int criticalFrom, int escalationScore, int responseDays, Long version, Instant changedAt) {

    public static final int DEFAULT_ESCALATION_SCORE = 15;

    public static final int DEFAULT_RESPONSE_DAYS = 10;

    public static RiskSettingsView defaults(String tenantId) {
        RiskMatrix matrix = RiskMatrix.DEFAULT;
        return new RiskSettingsView(RiskSettingsEvent.settingsIdOf(tenantId), tenantId, matrix.probabilityNames(),
                matrix.impactNames(), matrix.probabilityPercents(), matrix.mediumFrom(), matrix.highFrom(),
                matrix.criticalFrom(), DEFAULT_ESCALATION_SCORE, DEFAULT_RESPONSE_DAYS, null, null);
    }

    public RiskMatrix matrix() {
        return new RiskMatrix(probabilityNames, impactNames, probabilityPercents, mediumFrom, highFrom, criticalFrom);
    }
}
