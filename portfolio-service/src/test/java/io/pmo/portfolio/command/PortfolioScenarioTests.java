package io.pmo.portfolio.command;

import static io.pmo.platform.testing.Rejections.rejectedNaming;
import static io.pmo.portfolio.command.PortfolioMother.A;
import static io.pmo.portfolio.command.PortfolioMother.B;
import static io.pmo.portfolio.command.PortfolioMother.C;
import static io.pmo.portfolio.command.PortfolioMother.CLOCK;
import static io.pmo.portfolio.command.PortfolioMother.PORTFOLIO_ID;
import static io.pmo.portfolio.command.PortfolioMother.TENANT_ID;
import static io.pmo.portfolio.command.PortfolioMother.TODAY;
import static io.pmo.portfolio.command.PortfolioMother.envelope;
import static io.pmo.portfolio.command.PortfolioMother.eur;
import static io.pmo.portfolio.command.PortfolioMother.manager;
import static io.pmo.portfolio.command.PortfolioMother.threeScoredCandidates;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.pmo.events.portfolio.CandidateEstimated;
import io.pmo.events.portfolio.EnvelopeOverridden;
import io.pmo.events.portfolio.FrontierPoint;
import io.pmo.events.portfolio.FundingApproved;
import io.pmo.events.portfolio.GateDecided;
import io.pmo.events.portfolio.GateDecision;
import io.pmo.events.portfolio.ScenarioApproved;
import io.pmo.events.portfolio.ScenarioEvaluated;
import io.pmo.platform.domain.RuleViolated;
import io.pmo.platform.domain.StateConflict;
import io.pmo.portfolio.command.PortfolioCommands.ApproveScenario;
import io.pmo.portfolio.command.PortfolioCommands.EvaluateScenario;
import io.pmo.portfolio.command.PortfolioCommands.FrontierRange;
import io.pmo.portfolio.command.PortfolioCommands.ScenarioSaved;

/**
 * Scenarios on {@link PortfolioMother#threeScoredCandidates()}: the exact selection (not the greedy one), the
 * frontier read by hand, the must-include and must-exclude rules, and approval funding what was selected.
 */
class PortfolioScenarioTests {

    private static final String SCENARIO = "7f000000-0000-4000-8000-000000000001";

    private static final FrontierRange EVERY_100K = new FrontierRange(eur("0.00"), eur("700000.00"), 8);

    private FixtureConfiguration<Portfolio> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Portfolio.class);
        fixture.registerInjectableResource(new PortfolioMother.Projects());
        fixture.registerInjectableResource(CLOCK);
    }

    private static EvaluateScenario evaluate(String budget, List<String> include, List<String> exclude) {
        return new EvaluateScenario(PORTFOLIO_ID, SCENARIO, "FY27", eur(budget), include, exclude, EVERY_100K, null);
    }

    private static FrontierPoint point(String budget, String value, String cost, int projects) {
        return new FrontierPoint(eur(budget), true, new BigDecimal(value), eur(cost), projects);
    }

    private static ScenarioEvaluated bestTwo() {
        return new ScenarioEvaluated(PORTFOLIO_ID, TENANT_ID, SCENARIO, "FY27", eur("400000.00"), 1, List.of(),
                List.of(), List.of(B, C), new BigDecimal("130.0"), eur("400000.00"), List.of(
                        point("0.00", "0.0", "0.00", 0), point("100000.00", "0.0", "0.00", 0),
                        point("200000.00", "65.0", "200000.00", 1), point("300000.00", "100.0", "300000.00", 1),
                        point("400000.00", "130.0", "400000.00", 2), point("500000.00", "165.0", "500000.00", 2),
                        point("600000.00", "165.0", "500000.00", 2), point("700000.00", "230.0", "700000.00", 3)));
    }

    private static List<Object> given(Object... more) {
        List<Object> events = new ArrayList<>(threeScoredCandidates());
        events.addAll(List.of(more));
        return events;
    }

    @Test
    void selectsTheOptimalSetNotTheGreedyOneAndTheFrontierAtEachLevel() {
        fixture.given(threeScoredCandidates())
                .when(evaluate("400000.00", List.of(), List.of()), manager())
                .expectEvents(bestTwo())
                .expectResultMessagePayload(new ScenarioSaved(bestTwo(), 9L));
    }

    @Test
    void mustIncludeAndMustExcludeBindTheSelection() {
        ScenarioEvaluated withA = new ScenarioEvaluated(PORTFOLIO_ID, TENANT_ID, SCENARIO, "FY27", eur("400000.00"),
                1, List.of(A), List.of(), List.of(A), new BigDecimal("100.0"), eur("300000.00"), List.of(
                        new FrontierPoint(eur("0.00"), false, null, null, 0),
                        new FrontierPoint(eur("100000.00"), false, null, null, 0),
                        new FrontierPoint(eur("200000.00"), false, null, null, 0),
                        point("300000.00", "100.0", "300000.00", 1), point("400000.00", "100.0", "300000.00", 1),
                        point("500000.00", "165.0", "500000.00", 2), point("600000.00", "165.0", "500000.00", 2),
                        point("700000.00", "230.0", "700000.00", 3)));
        fixture.given(threeScoredCandidates())
                .when(evaluate("400000.00", List.of(A), List.of()), manager())
                .expectEvents(withA);
        ScenarioEvaluated withoutB = new ScenarioEvaluated(PORTFOLIO_ID, TENANT_ID, SCENARIO, "FY27",
                eur("400000.00"), 1, List.of(), List.of(B), List.of(A), new BigDecimal("100.0"), eur("300000.00"),
                List.of(point("0.00", "0.0", "0.00", 0), point("100000.00", "0.0", "0.00", 0),
                        point("200000.00", "65.0", "200000.00", 1), point("300000.00", "100.0", "300000.00", 1),
                        point("400000.00", "100.0", "300000.00", 1), point("500000.00", "165.0", "500000.00", 2),
                        point("600000.00", "165.0", "500000.00", 2), point("700000.00", "165.0", "500000.00", 2)));
        fixture.given(threeScoredCandidates())
                .when(evaluate("400000.00", List.of(), List.of(B)), manager())
                .expectEvents(withoutB);
    }

    @Test
    void refusesUnknownForcedOrContradictoryCandidatesAndAForcedSetOverBudget() {
        expectRefused(evaluate("400000.00", List.of("99999999-0000-4000-8000-000000000000"), List.of()),
                "mustInclude[0]");
        expectRefused(evaluate("400000.00", List.of(A), List.of(A)), "mustExclude[0]");
        expectRefused(evaluate("400000.00", List.of(A, B), List.of()), "mustInclude");
        expectRefused(new EvaluateScenario(PORTFOLIO_ID, SCENARIO, "FY27", io.pmo.events.common.Money.of("1", "USD"),
                List.of(), List.of(), null, null), "budget.currency");
        expectRefused(new EvaluateScenario(PORTFOLIO_ID, SCENARIO, "FY27", eur("1.00"), List.of(), List.of(),
                new FrontierRange(eur("9.00"), eur("1.00"), 5), null), "frontier.to");
    }

    private void expectRefused(EvaluateScenario command, String field) {
        fixture.given(threeScoredCandidates())
                .when(command, manager())
                .expectNoEvents()
                .expectException(rejectedNaming(RuleViolated.class, field));
    }

    @Test
    void approvingFundsEverySelectedCandidateThroughTheFundingGate() {
        fixture.given(given(bestTwo()))
                .when(new ApproveScenario(PORTFOLIO_ID, SCENARIO, null, null), manager())
                .expectEvents(new ScenarioApproved(PORTFOLIO_ID, TENANT_ID, SCENARIO, List.of(B, C)),
                        passed(B), new FundingApproved(PORTFOLIO_ID, TENANT_ID, decision(B), B, eur("200000.00"),
                                TODAY),
                        passed(C), new FundingApproved(PORTFOLIO_ID, TENANT_ID, decision(C), C, eur("200000.00"),
                                TODAY));
    }

    @Test
    void approvingBeyondAnEnvelopeNeedsOneReasonAndRecordsEachOverrun() {
        fixture.given(given(bestTwo(), envelope("300000.00")))
                .when(new ApproveScenario(PORTFOLIO_ID, SCENARIO, null, null), manager())
                .expectNoEvents()
                .expectException(rejectedNaming(RuleViolated.class, "overrideReason"));
        fixture.given(given(bestTwo(), envelope("300000.00")))
                .when(new ApproveScenario(PORTFOLIO_ID, SCENARIO, "Both are regulatory", null), manager())
                .expectEvents(new ScenarioApproved(PORTFOLIO_ID, TENANT_ID, SCENARIO, List.of(B, C)),
                        passed(B), new FundingApproved(PORTFOLIO_ID, TENANT_ID, decision(B), B, eur("200000.00"),
                                TODAY),
                        passed(C), new EnvelopeOverridden(PORTFOLIO_ID, TENANT_ID, decision(C), C, 2027,
                                eur("300000.00"), eur("400000.00"), "Both are regulatory"),
                        new FundingApproved(PORTFOLIO_ID, TENANT_ID, decision(C), C, eur("200000.00"), TODAY));
    }

    @Test
    void aScenarioTheCandidatesChangedSinceIsStaleAndAnApprovedOneIsDone() {
        fixture.given(given(bestTwo(), new CandidateEstimated(PORTFOLIO_ID, TENANT_ID, B, eur("250000.00"), null)))
                .when(new ApproveScenario(PORTFOLIO_ID, SCENARIO, null, null), manager())
                .expectNoEvents()
                .expectException(StateConflict.class);
        fixture.given(given(bestTwo(), new ScenarioApproved(PORTFOLIO_ID, TENANT_ID, SCENARIO, List.of(B, C))))
                .when(new ApproveScenario(PORTFOLIO_ID, SCENARIO, null, null), manager())
                .expectNoEvents()
                .expectException(StateConflict.class);
    }

    private static GateDecided passed(String projectId) {
        return new GateDecided(PORTFOLIO_ID, TENANT_ID, projectId, decision(projectId), "IDEA", GateDecision.APPROVE,
                "FUNDED", "pm-1", "Scenario 'FY27' approved", List.of());
    }

    private static String decision(String projectId) {
        return UUID.nameUUIDFromBytes((SCENARIO + "/" + projectId).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
