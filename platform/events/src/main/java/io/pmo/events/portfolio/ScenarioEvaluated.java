package io.pmo.events.portfolio;

import java.math.BigDecimal;
import java.util.List;

import org.axonframework.serialization.Revision;

import io.pmo.events.common.Money;

/**
 * A selection scenario was evaluated and saved: the optimal set of unfunded candidates within the budget (exact
 * 0/1 knapsack on the weighted scores of the scoring model version named) and the efficient frontier.
 *
 * @param selected the candidates selected, best-ranked first
 * @param totalValue total weighted score of the selection, one decimal
 */
@Revision("1")
public record ScenarioEvaluated(String portfolioId, String tenantId, String scenarioId, String name, Money budget,
        int modelVersion, List<String> mustInclude, List<String> mustExclude, List<String> selected,
        BigDecimal totalValue, Money totalCost, List<FrontierPoint> frontier) implements PortfolioEvent {

    public ScenarioEvaluated {
        mustInclude = mustInclude == null ? List.of() : List.copyOf(mustInclude);
        mustExclude = mustExclude == null ? List.of() : List.copyOf(mustExclude);
        selected = selected == null ? List.of() : List.copyOf(selected);
        frontier = frontier == null ? List.of() : List.copyOf(frontier);
    }
}
