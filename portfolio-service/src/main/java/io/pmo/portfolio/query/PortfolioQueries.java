package io.pmo.portfolio.query;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

import io.pmo.platform.domain.NotFound;
import io.pmo.platform.projects.KnownProjects;
import io.pmo.platform.query.TenantQueries;
import io.pmo.portfolio.scoring.Rating;
import io.pmo.portfolio.scoring.ScoringModel;
import io.pmo.portfolio.scoring.WeightedScores;
import io.pmo.portfolio.scoring.Wsjf;
import io.pmo.portfolio.scoring.WsjfEstimate;

/** Reads of a portfolio's read models, always within one tenant, and its rankings computed from them. */
@Component
public class PortfolioQueries {

    /** How a ranking orders: by weighted score, or by WSJF. */
    public enum RankBy {
        SCORE, WSJF
    }

    private final TenantQueries queries;

    private final KnownProjects projects;

    PortfolioQueries(TenantQueries queries, KnownProjects projects) {
        this.queries = queries;
        this.projects = projects;
    }

    public Optional<PortfolioView> find(String tenantId, String portfolioId) {
        return queries.findById(tenantId, portfolioId, PortfolioView.class).map(PortfolioQueries::withRemaining);
    }

    public TenantQueries.Page<PortfolioView> list(String tenantId, int page, int size) {
        return queries.page(tenantId, null, Sort.by("name", "_id"), page, size, PortfolioView.class)
                .map(PortfolioQueries::withRemaining);
    }

    public TenantQueries.Page<CandidateView> candidates(String tenantId, String portfolioId, int page, int size) {
        return queries.page(tenantId, Criteria.where("portfolioId").is(portfolioId), Sort.by("proposedAt", "_id"),
                page, size, CandidateView.class);
    }

    public Optional<CandidateView> candidate(String tenantId, String portfolioId, String projectId) {
        return queries.findById(tenantId, projectId, CandidateView.class)
                .filter(candidate -> candidate.portfolioId().equals(portfolioId));
    }

    public Optional<ScoringModelVersion> model(String tenantId, String portfolioId, int modelVersion) {
        return queries.findById(tenantId, ScoringModelVersion.idOf(portfolioId, modelVersion), ScoringModelVersion.class);
    }

    public TenantQueries.Page<ScenarioView> scenarios(String tenantId, String portfolioId, int page, int size) {
        return queries.page(tenantId, Criteria.where("portfolioId").is(portfolioId), Sort.by("evaluatedAt", "_id"),
                page, size, ScenarioView.class);
    }

    public Optional<ScenarioView> scenario(String tenantId, String portfolioId, String scenarioId) {
        return queries.findById(tenantId, scenarioId, ScenarioView.class)
                .filter(scenario -> scenario.portfolioId().equals(portfolioId));
    }

    /**
     * Every candidate of the portfolio ranked (a portfolio holds at most 500): by weighted score under
     * {@code modelVersion} (null: the current one), ties by estimated cost then project id; or by WSJF, ties by
     * weighted score then project id. Ratings given under an earlier version count when their criterion kept its
     * scale; the ranking under an earlier version reads the same as it did then.
     */
    public CandidateRanking ranking(String tenantId, PortfolioView portfolio, Integer modelVersion, RankBy by) {
        Integer version = modelVersion != null ? modelVersion : portfolio.modelVersion();
        List<CandidateView> candidates = queries.page(tenantId, Criteria.where("portfolioId")
                .is(portfolio.portfolioId()), Sort.by("_id"), 0, 1000, CandidateView.class).items();
        Map<Integer, ScoringModel> models = models(tenantId, portfolio.portfolioId(), candidates, version);
        ScoringModel model = version == null ? null : models.get(version);
        if (version != null && model == null) {
            throw new NotFound("No scoring model version " + version + " in portfolio " + portfolio.portfolioId());
        }
        List<io.pmo.portfolio.scoring.Ranking.Ranked> ranked = new ArrayList<>();
        Map<String, CandidateView> byId = new HashMap<>();
        for (CandidateView candidate : candidates) {
            byId.put(candidate.projectId(), candidate);
            List<Rating> history = candidate.ratings().stream().sorted(Comparator.comparingInt(
                    CandidateView.Rating::modelVersion)).map(rating -> new Rating(rating.scorerId(),
                            rating.modelVersion(), rating.criterion(), rating.points())).toList();
            BigDecimal score = model == null ? null : WeightedScores.score(model, models::get, history).orElse(null);
            BigDecimal wsjf = Wsjf.of(candidate.wsjf().stream().map(estimate -> new WsjfEstimate(estimate.scorerId(),
                    estimate.businessValue(), estimate.timeCriticality(), estimate.riskReduction(),
                    estimate.jobSize())).toList()).orElse(null);
            ranked.add(new io.pmo.portfolio.scoring.Ranking.Ranked(candidate.projectId(), score, wsjf,
                    candidate.estimatedCost().amount()));
        }
        ranked.sort(by == RankBy.WSJF ? io.pmo.portfolio.scoring.Ranking.BY_WSJF
                : io.pmo.portfolio.scoring.Ranking.BY_WEIGHTED_SCORE);
        Map<String, String> names = new HashMap<>();
        projects.findAll(tenantId, byId.keySet()).forEach(project -> names.put(project.projectId(), project.name()));
        List<RankedCandidate> rows = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            CandidateView candidate = byId.get(ranked.get(i).projectId());
            rows.add(new RankedCandidate(i + 1, candidate.projectId(), names.get(candidate.projectId()),
                    candidate.programId(), candidate.gate(), candidate.rejected(), candidate.funding() != null
                            && candidate.funding().amount() != null, candidate.estimatedCost(),
                    candidate.estimatedBenefit(), ranked.get(i).score(), ranked.get(i).wsjf()));
        }
        return new CandidateRanking(portfolio.portfolioId(), version, by.name(), rows);
    }

    /** The model versions a ranking needs: the one ranked by and every one a rating was given under. */
    private Map<Integer, ScoringModel> models(String tenantId, String portfolioId, List<CandidateView> candidates,
            Integer version) {
        Set<String> ids = new TreeSet<>();
        if (version != null) {
            ids.add(ScoringModelVersion.idOf(portfolioId, version));
        }
        candidates.forEach(candidate -> candidate.ratings().forEach(rating -> ids.add(ScoringModelVersion.idOf(
                portfolioId, rating.modelVersion()))));
        Map<Integer, ScoringModel> models = new HashMap<>();
        queries.findByKeys(tenantId, "_id", ids, ScoringModelVersion.class).forEach(found -> models.put(
                found.modelVersion(), new ScoringModel(found.modelVersion(), found.criteria())));
        return models;
    }

    private static PortfolioView withRemaining(PortfolioView view) {
        Map<String, PortfolioView.Budget> budgets = new java.util.TreeMap<>();
        view.budgets().forEach((year, budget) -> budgets.put(year, new PortfolioView.Budget(budget.fiscalYear(),
                budget.envelope(), budget.funded(), budget.envelope() == null ? null
                        : budget.envelope().amount().subtract(budget.funded()))));
        return new PortfolioView(view.portfolioId(), view.tenantId(), view.name(), view.description(), view.ownerId(),
                view.currency(), view.createdAt(), view.programs(), view.objectives(), view.modelVersion(),
                view.criteria(), budgets, view.candidateYears(), view.version());
    }
}
