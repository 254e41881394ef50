package io.pmo.portfolio.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import io.pmo.events.common.Money;
import io.pmo.events.portfolio.FrontierPoint;

/** A saved selection scenario: what was asked, what the selection found, the frontier, and whether approved. */
@Document("portfolio_scenarios")
public record ScenarioView(@Id String scenarioId, String portfolioId, String tenantId, String name, Money budget,
        int modelVersion, List<String> mustInclude, List<String> mustExclude, List<String> selected,
        BigDecimal totalValue, Money totalCost, List<FrontierPoint> frontier, Instant evaluatedAt,
        boolean approved, Instant approvedAt, long version) {
}
