package io.pmo.events.risk;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/** The risk happened: it is OCCURRED and issue {@code issueId} was raised for it. */
@Revision("1")
public record RiskOccurred(String riskId, String tenantId, String issueId, LocalDate occurredOn, String description)
        implements RiskEvent {
}
