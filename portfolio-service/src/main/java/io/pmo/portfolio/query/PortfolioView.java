package io.pmo.portfolio.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import io.pmo.events.common.Money;
import io.pmo.events.portfolio.ScoringCriterion;
import io.pmo.events.portfolio.StrategicObjective;

/**
 * A portfolio as its owner reads it: details, programs, objectives, the current scoring model, and per fiscal
 * year the envelope, what was funded and what remains. {@code version} follows every event of the portfolio,
 * so a read with {@code ?minVersion=} after any write finds it.
 *
 * @param candidateYears each candidate's fiscal year (what a funding decision is charged to)
 */
@Document("portfolio_views")
public record PortfolioView(@Id String portfolioId, String tenantId, String name, String description, String ownerId,
        String currency, Instant createdAt, List<Program> programs, List<StrategicObjective> objectives,
        Integer modelVersion, List<ScoringCriterion> criteria, Map<String, Budget> budgets,
        Map<String, Integer> candidateYears, long version) {

    /** A program of the portfolio. */
    public record Program(String programId, String name, String managerId) {
    }

    /** A fiscal year's money: {@code envelope} null when none was set; {@code remaining} null then too. */
    public record Budget(int fiscalYear, Money envelope, BigDecimal funded, BigDecimal remaining) {
    }
}
