package io.pmo.events.risk;

import org.axonframework.serialization.Revision;

/**
 * The risk is escalated (to the portfolio's owners), with the reason and the figures that caused it.
 *
 * @param score the score that caused it (residual, or inherent when not yet reassessed)
 * @param threshold the tenant's escalation score for EXPOSURE; the days without response for NO_RESPONSE
 */
@Revision("1")
public record RiskEscalated(String riskId, String tenantId, EscalationReason reason, int score, Band band,
        int threshold) implements RiskEvent {
}
