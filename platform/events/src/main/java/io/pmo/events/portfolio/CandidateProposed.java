package io.pmo.events.portfolio;

import org.axonframework.serialization.Revision;

import io.pmo.events.common.Money;

/**
 * A project (minted by project-service) entered the portfolio as a candidate, at the first stage gate. A project
 * is a candidate of at most one portfolio.
 *
 * @param programId the program it belongs to; null when directly under the portfolio
 * @param fiscalYear the year whose envelope its funding is charged to
 * @param estimatedBenefit may be null
 * @param gate the key of the stage gate it starts at
 */
@Revision("1")
public record CandidateProposed(String portfolioId, String tenantId, String projectId, String programId,
        int fiscalYear, Money estimatedCost, Money estimatedBenefit, String gate) implements PortfolioEvent {
}
