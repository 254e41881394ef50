package io.pmo.events.risk;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/** An action was done. */
@Revision("1")
public record MitigationActionCompleted(String riskId, String tenantId, String actionId, LocalDate completedOn)
        implements RiskEvent {
}
