package io.pmo.events.risk;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/** An action carrying out the response, with its owner (a user id) and due date. */
@Revision("1")
public record MitigationActionAdded(String riskId, String tenantId, String actionId, String title, String ownerId,
        LocalDate dueDate) implements RiskEvent {
}
