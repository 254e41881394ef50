package io.pmo.events.risk;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/** An open action passed its due date (detected by a deadline at the end of that day), once per action. */
@Revision("1")
public record MitigationActionOverdue(String riskId, String tenantId, String actionId, LocalDate dueDate,
        LocalDate detectedOn) implements RiskEvent {
}
