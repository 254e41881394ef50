package io.pmo.events.risk;

import org.axonframework.serialization.Revision;

/** Another user owns the risk now. */
@Revision("1")
public record RiskOwnerAssigned(String riskId, String tenantId, String ownerId, String previousOwnerId)
        implements RiskEvent {
}
