package io.pmo.events.portfolio;

import org.axonframework.serialization.Revision;

import io.pmo.events.common.Money;

/**
 * A funding decision went beyond the fiscal year's budget envelope (or a year without one) by an explicit,
 * reasoned override; the {@link FundingApproved} of the same decision follows.
 *
 * @param envelope the year's envelope; null when the year has none
 * @param fundedAfter what the year's funding decisions approve together with this one
 */
@Revision("1")
public record EnvelopeOverridden(String portfolioId, String tenantId, String decisionId, String projectId,
        int fiscalYear, Money envelope, Money fundedAfter, String reason) implements PortfolioEvent {
}
