package io.pmo.portfolio.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import io.pmo.events.common.Money;
import io.pmo.events.portfolio.BudgetEnvelopeSet;
import io.pmo.events.portfolio.CandidateProposed;
import io.pmo.events.portfolio.CandidateScored;
import io.pmo.events.portfolio.EnvelopeOverridden;
import io.pmo.events.portfolio.FundingApproved;
import io.pmo.events.portfolio.GateDecided;
import io.pmo.events.portfolio.GateDecision;
import io.pmo.events.portfolio.PortfolioCreated;
import io.pmo.events.portfolio.ScoringCriterion;
import io.pmo.events.portfolio.ScoringModelChanged;
import io.pmo.events.portfolio.WsjfEstimated;
import io.pmo.platform.projects.KnownProject;
import io.pmo.platform.query.TenantQueries;

/**
 * The portfolio's read models on the dev stack's MongoDB-wire server: candidates with their scores and decisions,
 * the budgets per fiscal year, and the rankings computed from them; a replayed event changes nothing.
 */
class PortfolioReadModelsTests {

    private static final String P = "5d6e7f8a-9b0c-4d1e-8f2a-3b4c5d6e7f8a";

    private static final String A = "0a000000-0000-4000-8000-00000000000a";

    private static final String B = "0b000000-0000-4000-8000-00000000000b";

    private static final String C = "0c000000-0000-4000-8000-00000000000c";

    private static final Instant AT = Instant.parse("2027-01-15T10:00:00Z");

    private static final List<Integer> FIBONACCI = List.of(1, 2, 3, 5, 8, 13, 20);

    private MongoServer server;

    private MongoClient client;

    private MongoTemplate mongo;

    private PortfolioViewProjection views;

    private CandidateProjection candidates;

    private PortfolioQueries queries;

    private long sequence;

    @BeforeEach
    void setUp() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(server.bindAndGetConnectionString());
        mongo = new MongoTemplate(client, "pmo_portfolio");
        views = new PortfolioViewProjection(mongo);
        candidates = new CandidateProjection(mongo);
        TenantQueries tenantQueries = new TenantQueries(mongo);
        queries = new PortfolioQueries(tenantQueries, io.pmo.platform.projects.ProjectFacts.queries(tenantQueries));
        mongo.save(new KnownProject(A, "acme", "Alpha", io.pmo.events.project.ProjectStatus.PROPOSED, null, Map.of()));
        views.on(new PortfolioCreated(P, "acme", "FY27", null, "pm-1", "EUR"), next(), AT);
    }

    @AfterEach
    void tearDown() {
        client.close();
        server.shutdownNow();
    }

    private long next() {
        return ++sequence;
    }

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    private void propose(String projectId, String cost) {
        CandidateProposed proposed = new CandidateProposed(P, "acme", projectId, null, 2027, eur(cost), null, "IDEA");
        long at = next();
        views.on(proposed, at);
        candidates.on(proposed, at, AT);
    }

    private void model(int version, ScoringCriterion... criteria) {
        views.on(new ScoringModelChanged(P, "acme", version, List.of(criteria)), next(), AT);
    }

    private void score(String projectId, String scorer, int version, Map<String, Integer> ratings) {
        candidates.on(new CandidateScored(P, "acme", projectId, scorer, version, ratings), next());
    }

    @Test
    void fundingIsChargedToTheCandidatesYearOnceAndTheRemainderFollows() {
        views.on(new BudgetEnvelopeSet(P, "acme", 2027, eur("500000.00")), next());
        propose(A, "300000.00");
        long overridden = next();
        EnvelopeOverridden override = new EnvelopeOverridden(P, "acme", "d-1", A, 2027, eur("500000.00"),
                eur("300000.00"), "why");
        candidates.on(override, overridden);
        views.on(override, overridden);
        long funded = next();
        FundingApproved funding = new FundingApproved(P, "acme", "d-1", A, eur("300000.00"), LocalDate.of(2027, 1, 15));
        views.on(funding, funded);
        candidates.on(funding, funded);
        views.on(funding, funded);
        candidates.on(funding, funded);

        PortfolioView view = queries.find("acme", P).orElseThrow();
        assertThat(view.budgets().get("2027").funded()).isEqualByComparingTo("300000.00");
        assertThat(view.budgets().get("2027").remaining()).isEqualByComparingTo("200000.00");
        assertThat(view.version()).isEqualTo(funded);
        CandidateView candidate = queries.candidate("acme", P, A).orElseThrow();
        assertThat(candidate.funding()).isEqualTo(new CandidateView.Funding("d-1", eur("300000.00"),
                LocalDate.of(2027, 1, 15), true));
        assertThat(queries.find("globex", P)).isEmpty();
    }

    @Test
    void keepsEachScorersLatestRatingPerVersionAndEveryGateDecision() {
        propose(A, "300000.00");
        score(A, "ann", 1, Map.of("value", 5));
        score(A, "ann", 1, Map.of("value", 13));
        score(A, "bob", 1, Map.of("value", 8));
        long decided = next();
        GateDecided decision = new GateDecided(P, "acme", A, "d-1", "IDEA", GateDecision.APPROVE, "BUSINESS_CASE",
                "pm-1", "Board", List.of("Problem and outcome stated"));
        candidates.on(decision, decided, AT);
        candidates.on(decision, decided, AT);
        candidates.on(new WsjfEstimated(P, "acme", A, "ann", 8, 5, 3, 5), next());

        CandidateView candidate = queries.candidate("acme", P, A).orElseThrow();
        assertThat(candidate.ratings()).containsExactly(new CandidateView.Rating("ann", 1, "value", 13),
                new CandidateView.Rating("bob", 1, "value", 8));
        assertThat(candidate.decisions()).hasSize(1);
        assertThat(candidate.gate()).isEqualTo("BUSINESS_CASE");
        assertThat(candidate.wsjf()).containsExactly(new CandidateView.Wsjf("ann", 8, 5, 3, 5));
        assertThat(queries.candidate("acme", "another-portfolio", A)).isEmpty();
    }

    @Test
    void ranksByScoreOrWsjfAndAnEarlierModelVersionStillRanksAsItDid() {
        model(1, new ScoringCriterion("value", "Value", 60, FIBONACCI, null),
                new ScoringCriterion("risk", "Risk", 40, List.of(1, 2, 3, 4, 5), null));
        propose(A, "300000.00");
        propose(B, "200000.00");
        propose(C, "100000.00");
        score(A, "ann", 1, Map.of("value", 20, "risk", 1)); // 60 + 8 = 68.0
        score(B, "ann", 1, Map.of("value", 8, "risk", 5));  // 24 + 40 = 64.0
        candidates.on(new WsjfEstimated(P, "acme", B, "ann", 13, 8, 5, 2), next()); // 13.00
        candidates.on(new WsjfEstimated(P, "acme", A, "ann", 8, 5, 3, 5), next());  // 3.20
        model(2, new ScoringCriterion("value", "Value", 20, FIBONACCI, null),
                new ScoringCriterion("risk", "Risk", 80, List.of(1, 2, 3, 4, 5), null));

        PortfolioView portfolio = queries.find("acme", P).orElseThrow();
        CandidateRanking current = queries.ranking("acme", portfolio, null, PortfolioQueries.RankBy.SCORE);
        // v2: A 20 + 16 = 36.0, B 8 + 80 = 88.0, C unscored last
        assertThat(current.modelVersion()).isEqualTo(2);
        assertThat(current.candidates()).extracting(RankedCandidate::projectId).containsExactly(B, A, C);
        assertThat(current.candidates()).extracting(RankedCandidate::score).containsExactly(new BigDecimal("88.0"),
                new BigDecimal("36.0"), null);
        assertThat(current.candidates().get(1).projectName()).isEqualTo("Alpha");
        CandidateRanking first = queries.ranking("acme", portfolio, 1, PortfolioQueries.RankBy.SCORE);
        assertThat(first.candidates()).extracting(RankedCandidate::projectId).containsExactly(A, B, C);
        assertThat(first.candidates()).extracting(RankedCandidate::score).containsExactly(new BigDecimal("68.0"),
                new BigDecimal("64.0"), null);
        CandidateRanking byWsjf = queries.ranking("acme", portfolio, null, PortfolioQueries.RankBy.WSJF);
        assertThat(byWsjf.candidates()).extracting(RankedCandidate::projectId).containsExactly(B, A, C);
        assertThat(byWsjf.candidates()).extracting(RankedCandidate::wsjf).containsExactly(new BigDecimal("13.00"),
                new BigDecimal("3.20"), null);
    }
}
