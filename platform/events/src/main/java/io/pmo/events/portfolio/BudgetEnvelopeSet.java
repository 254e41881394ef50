package io.pmo.events.portfolio;

import org.axonframework.serialization.Revision;

import io.pmo.events.common.Money;

/**
 * The portfolio's budget envelope for a fiscal year was set (or changed): the most its funding decisions of that
 * year may approve without an explicit override.
 *
 * @param fiscalYear the calendar year the envelope is for
 * @param amount in the portfolio's currency
 */
@Revision("1")
public record BudgetEnvelopeSet(String portfolioId, String tenantId, int fiscalYear, Money amount)
        implements PortfolioEvent {
}
