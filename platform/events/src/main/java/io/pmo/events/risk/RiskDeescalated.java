package io.pmo.events.risk;

import org.axonframework.serialization.Revision;

/** The escalation no longer holds (a response was planned, the exposure fell below the threshold, or it closed). */
@Revision("1")
public record RiskDeescalated(String riskId, String tenantId, String reason) implements RiskEvent {
}
