package io.pmo.events.risk;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/** The risk is closed, with the reason (e.g. "passed", "project cancelled"). */
@Revision("1")
public record RiskClosed(String riskId, String tenantId, String reason, LocalDate closedOn) implements RiskEvent {
}
