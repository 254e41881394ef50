package io.pmo.events.portfolio;

import java.util.List;

import org.axonframework.serialization.Revision;

/**
 * A saved scenario was approved: each project it funds gets its own gate decision and {@link FundingApproved},
 * which follow this event.
 *
 * @param funded the projects funded by the approval, best-ranked first
 */
@Revision("1")
public record ScenarioApproved(String portfolioId, String tenantId, String scenarioId, List<String> funded)
        implements PortfolioEvent {

    public ScenarioApproved {
        funded = funded == null ? List.of() : List.copyOf(funded);
    }
}
