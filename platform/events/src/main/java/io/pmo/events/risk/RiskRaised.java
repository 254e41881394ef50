package io.pmo.events.risk;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/**
 * A risk was raised on a project, or on a portfolio (or one of its programs), at status IDENTIFIED.
 *
 * @param projectId the project it threatens or favours; null when it belongs to a portfolio
 * @param portfolioId the portfolio; null when it belongs to a project
 * @param description may be null
 * @param cause may be null
 * @param effect may be null
 * @param ownerId a user id: who owns the risk
 * @param proximity when the risk could occur; may be null
 */
@Revision("1")
public record RiskRaised(String riskId, String tenantId, String projectId, String portfolioId, RiskKind kind,
        String title, String description, String category, String cause, String effect, String ownerId,
        LocalDate proximity) implements RiskEvent {
}
