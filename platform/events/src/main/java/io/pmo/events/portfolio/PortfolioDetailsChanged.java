package io.pmo.events.portfolio;

import org.axonframework.serialization.Revision;

/**
 * A portfolio's name, description or owner changed; the event carries all three.
 *
 * @param description may be null
 */
@Revision("1")
public record PortfolioDetailsChanged(String portfolioId, String tenantId, String name, String description,
        String ownerId) implements PortfolioEvent {
}
