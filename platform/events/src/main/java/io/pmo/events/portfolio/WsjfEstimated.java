package io.pmo.events.portfolio;

import org.axonframework.serialization.Revision;

/**
 * A scorer's weighted-shortest-job-first estimate of a candidate, each part on the Fibonacci-like scale 1, 2, 3,
 * 5, 8, 13, 20; it replaces that scorer's earlier estimate. WSJF = (businessValue + timeCriticality +
 * riskReduction) / jobSize, the parts averaged over the scorers.
 *
 * @param riskReduction risk reduction and/or opportunity enablement
 */
@Revision("1")
public record WsjfEstimated(String portfolioId, String tenantId, String projectId, String scorerId,
        int businessValue, int timeCriticality, int riskReduction, int jobSize) implements PortfolioEvent {
}
