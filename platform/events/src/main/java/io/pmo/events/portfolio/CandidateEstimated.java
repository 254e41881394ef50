package io.pmo.events.portfolio;

import org.axonframework.serialization.Revision;

import io.pmo.events.common.Money;

/**
 * A candidate's estimates were revised before funding.
 *
 * @param estimatedBenefit may be null
 */
@Revision("1")
public record CandidateEstimated(String portfolioId, String tenantId, String projectId, Money estimatedCost,
        Money estimatedBenefit) implements PortfolioEvent {
}
