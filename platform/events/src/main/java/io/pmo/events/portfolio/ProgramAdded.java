package io.pmo.events.portfolio;

import org.axonframework.serialization.Revision;

/**
 * A program was added to a portfolio: a group of related candidate projects under one manager.
 *
 * @param managerId a user id
 */
@Revision("1")
public record ProgramAdded(String portfolioId, String tenantId, String programId, String name, String managerId)
        implements PortfolioEvent {
}
