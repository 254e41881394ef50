package io.pmo.events.risk;

import org.axonframework.serialization.Revision;

/** A response to the risk was chosen (or changed); the risk is RESPONDING. */
@Revision("1")
public record ResponsePlanned(String riskId, String tenantId, ResponseStrategy strategy, String description)
        implements RiskEvent {
}
