package io.pmo.reporting.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import com.fasterxml.jackson.annotation.JsonIgnore;

import io.pmo.events.common.Money;

/**
 * A portfolio as reports show it: what {@code pmo.portfolio.events} says about it (name, owner, currency, budget
 * envelopes, candidates and funding) and, summed over its candidate projects, what reporting computed for them
 * (their earned-value snapshots and computed RAG). One document per portfolio, kept by
 * {@link PortfolioRollupProjection}.
 *
 * <p>{@code lastSequence} is the portfolio's last applied event (its version: the API's ETag and what
 * {@code ?minVersion=} waits for); {@code lastEventId} and {@code lastEventAt} name the event that changed the
 * document last, which may be one of a member project's. {@code sources} holds the last applied sequence of every
 * source aggregate, the portfolio and its projects ({@code SourceGuard}); {@code inputsVersion} counts the changes
 * of the sums' inputs, so that a recomputation from stale inputs never overwrites a newer one. Both are
 * bookkeeping, not part of the API.
 *
 * @param fiscalYears by year, ascending: the envelope (null while none was set) and what funding decisions of the
 *        year's candidates approved
 * @param projects the candidates, by project id
 * @param evm the sums of the candidates' earned-value snapshots
 * @param rag how many candidates reporting rates GREEN, AMBER or RED overall, and how many it has no rating of
 */
@Document(PortfolioRollup.COLLECTION)
public record PortfolioRollup(@Id String portfolioId, String tenantId, String name, String description,
        String ownerId, String currency, List<FiscalYear> fiscalYears, List<Candidate> projects, EvmTotals evm,
        RagCounts rag, long lastSequence, String lastEventId, Instant lastEventAt, Instant updatedAt,
        String correlationId, @JsonIgnore Map<String, Long> sources, @JsonIgnore long inputsVersion) {

    public static final String COLLECTION = "report_portfolios";

    public PortfolioRollup {
        fiscalYears = fiscalYears == null ? List.of() : List.copyOf(fiscalYears);
        projects = projects == null ? List.of() : List.copyOf(projects);
        sources = sources == null ? Map.of() : Map.copyOf(sources);
    }

    /**
     * One fiscal year of the portfolio.
     * @param envelope the most the year's funding may approve without an override; null while none was set
     * @param funded what the funding decisions approved for candidates of this year, in the portfolio's currency
     */
    public record FiscalYear(int fiscalYear, Money envelope, Money funded) {
    }

    /**
     * A project the portfolio holds, as its candidate.
     * @param programId null when directly under the portfolio
     * @param fiscalYear the year its funding is charged to
     * @param gate the stage gate it is at; null once rejected
     * @param rejected whether a gate decision stopped it for good (it stays in the roll-up: it may have cost)
     * @param funded what funding decisions approved for it; null while none did
     */
    public record Candidate(String projectId, String programId, int fiscalYear, Money estimatedCost, String gate,
            boolean rejected, Money funded) {
    }

    /**
     * The candidates' earned-value snapshots summed, in the portfolio's currency. Each snapshot is at its own
     * status date (the latest date its project reported a fact for); {@code earliestStatusDate} and
     * {@code latestStatusDate} bound them. There is no exchange rate in the platform, so a snapshot in another
     * currency is not converted: it is left out of the sums and its project listed in
     * {@code projectsInOtherCurrencies}. A candidate without a snapshot yet (no baseline, no fact, or a cost in
     * another currency than its project) counts in {@code projectsWithoutFigures}.
     *
     * @param projectsSummed how many snapshots the sums hold
     */
    public record EvmTotals(String currency, BigDecimal bac, BigDecimal pv, BigDecimal ev, BigDecimal ac,
            int projectsSummed, int projectsWithoutFigures, List<String> projectsInOtherCurrencies,
            LocalDate earliestStatusDate, LocalDate latestStatusDate) {

        public EvmTotals {
            projectsInOtherCurrencies = projectsInOtherCurrencies == null ? List.of()
                    : List.copyOf(projectsInOtherCurrencies);
        }
    }

    /** Candidates by reporting's overall computed RAG; {@code none}: reporting has no row of the project yet. */
    public record RagCounts(int green, int amber, int red, int none) {
    }
}
