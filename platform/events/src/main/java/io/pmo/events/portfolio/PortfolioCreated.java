package io.pmo.events.portfolio;

import org.axonframework.serialization.Revision;

/**
 * A portfolio was created: the PMO's container for programs and candidate projects, with an owner (a user id)
 * and the currency every amount of the portfolio is in.
 *
 * @param description may be null
 */
@Revision("1")
public record PortfolioCreated(String portfolioId, String tenantId, String name, String description,
        String ownerId, String currency) implements PortfolioEvent {
}
