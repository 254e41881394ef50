package io.pmo.events.portfolio;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

import io.pmo.events.common.Money;

/**
 * A portfolio's funding decision approved a project: the project may go ahead (project-service moves a
 * PROPOSED project to APPROVED).
 */
@Revision("1")
public record FundingApproved(String portfolioId, String tenantId, String decisionId, String projectId,
        Money amount, LocalDate decidedOn) implements PortfolioEvent {
}
