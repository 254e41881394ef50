package io.pmo.events.risk;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

import io.pmo.events.common.Money;

/**
 * A risk was (re)assessed: probability and impact on the tenant's 1-5 scales, the score (probability x impact,
 * 1-25) and its band under the tenant's bands at the time, and, with a cost impact, the EMV (the probability
 * level's percentage of it). Every reassessment is a new event: the history of scores.
 *
 * @param costImpact may be null
 * @param emv null without a cost impact
 * @param note may be null
 */
@Revision("1")
public record RiskAssessed(String riskId, String tenantId, String assessmentId, AssessmentKind kind, int probability,
        int impact, int score, Band band, Money costImpact, Money emv, LocalDate assessedOn, String note)
        implements RiskEvent {
}
