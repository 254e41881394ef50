package io.pmo.portfolio.command;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.pmo.events.common.Money;
import io.pmo.events.portfolio.BudgetEnvelopeSet;
import io.pmo.events.portfolio.CandidateProposed;
import io.pmo.events.portfolio.CandidateScored;
import io.pmo.events.portfolio.PortfolioCreated;
import io.pmo.events.portfolio.ScoringCriterion;
import io.pmo.events.portfolio.ScoringModelChanged;
import io.pmo.events.portfolio.StageGate;
import io.pmo.events.project.ProjectStatus;
import io.pmo.platform.messaging.PmoMetadata;
import io.pmo.platform.projects.KnownProject;
import io.pmo.platform.testing.FakeProjects;
import io.pmo.portfolio.query.PortfolioGates;

/**
 * A portfolio "FY27 change" of tenant acme in EUR, and three projects: A costs 300,000 and scores 100.0, B and C
 * cost 200,000 each and score 65.0 (one criterion on the Fibonacci-like scale: 20 and 13 of 20). With 400,000 the
 * optimum is B and C (130.0); greedy by score takes A (100.0) and then nothing fits.
 */
final class PortfolioMother {

    static final String TENANT_ID = "acme";

    static final String PORTFOLIO_ID = "5d6e7f8a-9b0c-4d1e-8f2a-3b4c5d6e7f8a";

    static final String A = "0a000000-0000-4000-8000-00000000000a";

    static final String B = "0b000000-0000-4000-8000-00000000000b";

    static final String C = "0c000000-0000-4000-8000-00000000000c";

    static final String CLOSED = "0d000000-0000-4000-8000-00000000000d";

    static final String ELSEWHERE = "0e000000-0000-4000-8000-00000000000e";

    static final LocalDate TODAY = LocalDate.of(2027, 1, 15);

    static final Clock CLOCK = Clock.fixed(Instant.parse("2027-01-15T10:00:00Z"), ZoneOffset.UTC);

    static final List<Integer> FIBONACCI = List.of(1, 2, 3, 5, 8, 13, 20);

    static final ScoringCriterion VALUE = new ScoringCriterion("value", "Business value", 100, FIBONACCI, null);

    private PortfolioMother() {
    }

    static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    static PortfolioCreated created() {
        return new PortfolioCreated(PORTFOLIO_ID, TENANT_ID, "FY27 change", null, "pm-1", "EUR");
    }

    static BudgetEnvelopeSet envelope(String amount) {
        return new BudgetEnvelopeSet(PORTFOLIO_ID, TENANT_ID, 2027, eur(amount));
    }

    static ScoringModelChanged model(int version, ScoringCriterion... criteria) {
        return new ScoringModelChanged(PORTFOLIO_ID, TENANT_ID, version, List.of(criteria));
    }

    static CandidateProposed proposed(String projectId, String cost) {
        return new CandidateProposed(PORTFOLIO_ID, TENANT_ID, projectId, null, 2027, eur(cost), null, "IDEA");
    }

    static CandidateScored scored(String projectId, int points) {
        return new CandidateScored(PORTFOLIO_ID, TENANT_ID, projectId, "pm-1", 1, Map.of("value", points));
    }

    /** Created, an envelope of 1,000,000 for 2027, the one-criterion model, A, B and C proposed and scored. */
    static List<Object> threeScoredCandidates() {
        return List.of(created(), envelope("1000000.00"), model(1, VALUE), proposed(A, "300000.00"),
                proposed(B, "200000.00"), proposed(C, "200000.00"), scored(A, 20), scored(B, 13), scored(C, 13));
    }

    /** The metadata of a command from the API by {@code principal} of acme with these roles. */
    static Map<String, Object> as(String principal, String roles) {
        return Map.of(PmoMetadata.TENANT_ID, TENANT_ID, PmoMetadata.PRINCIPAL, principal, PmoMetadata.ROLES, roles);
    }

    static Map<String, Object> manager() {
        return as("pm-1", "PORTFOLIO_MANAGER");
    }

    /** Projects the service knows: A, B, C open, CLOSED cancelled; ELSEWHERE held by another portfolio. */
    static final class Projects extends FakeProjects implements ProjectMemberships, PortfolioGates {

        final Map<String, String> holders = new HashMap<>(Map.of(ELSEWHERE, "another-portfolio"));

        List<StageGate> gates = List.of();

        Projects() {
            super(project(A, ProjectStatus.PROPOSED), project(B, ProjectStatus.PROPOSED),
                    project(C, ProjectStatus.PROPOSED), project(CLOSED, ProjectStatus.CANCELLED),
                    project(ELSEWHERE, ProjectStatus.PROPOSED));
        }

        private static KnownProject project(String projectId, ProjectStatus status) {
            return new KnownProject(projectId, TENANT_ID, "Project " + projectId, status, null, Map.of());
        }

        @Override
        public String claim(String tenantId, String projectId, String portfolioId) {
            return holders.computeIfAbsent(projectId, id -> portfolioId);
        }

        @Override
        public void release(String tenantId, String projectId, String portfolioId) {
            holders.remove(projectId, portfolioId);
        }

        @Override
        public List<StageGate> gates(String tenantId) {
            return gates;
        }
    }
}
