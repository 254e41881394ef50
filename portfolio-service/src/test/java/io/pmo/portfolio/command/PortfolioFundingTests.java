package io.pmo.portfolio.command;

import static io.pmo.platform.testing.Rejections.rejectedNaming;
import static io.pmo.portfolio.command.PortfolioMother.A;
import static io.pmo.portfolio.command.PortfolioMother.B;
import static io.pmo.portfolio.command.PortfolioMother.C;
import static io.pmo.portfolio.command.PortfolioMother.CLOCK;
import static io.pmo.portfolio.command.PortfolioMother.PORTFOLIO_ID;
import static io.pmo.portfolio.command.PortfolioMother.TENANT_ID;
import static io.pmo.portfolio.command.PortfolioMother.TODAY;
import static io.pmo.portfolio.command.PortfolioMother.as;
import static io.pmo.portfolio.command.PortfolioMother.created;
import static io.pmo.portfolio.command.PortfolioMother.envelope;
import static io.pmo.portfolio.command.PortfolioMother.eur;
import static io.pmo.portfolio.command.PortfolioMother.manager;
import static io.pmo.portfolio.command.PortfolioMother.proposed;

import java.util.ArrayList;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.pmo.events.portfolio.EnvelopeOverridden;
import io.pmo.events.portfolio.FundingApproved;
import io.pmo.events.portfolio.GateDecided;
import io.pmo.events.portfolio.GateDecision;
import io.pmo.platform.domain.NotAllowed;
import io.pmo.platform.domain.RuleViolated;
import io.pmo.platform.domain.StateConflict;
import io.pmo.portfolio.command.PortfolioCommands.DecideGate;

/**
 * Stage gates with the default process (Idea, Business case, Funded, Delivery, Closed): who decides, what each
 * decision does, and how passing into Funded funds the candidate within the envelope or by a reasoned override.
 */
class PortfolioFundingTests {

    private static final List<String> IDEA_CRITERIA = List.of("Problem and outcome stated");

    private static final List<String> CASE_CRITERIA = List.of("Business case reviewed", "Estimates validated");

    private FixtureConfiguration<Portfolio> fixture;

    private final PortfolioMother.Projects projects = new PortfolioMother.Projects();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Portfolio.class);
        fixture.registerInjectableResource(projects);
        fixture.registerInjectableResource(CLOCK);
    }

    private static DecideGate decide(GateDecision decision, List<String> criteria) {
        return new DecideGate(PORTFOLIO_ID, A, "d-1", decision, "Board of 15 January", criteria, null, null, false,
                null);
    }

    private static GateDecided decided(String from, GateDecision decision, String to, List<String> criteria) {
        return new GateDecided(PORTFOLIO_ID, TENANT_ID, A, "d-1", from, decision, to, "pm-1", "Board of 15 January",
                criteria);
    }

    /** A proposed at 300,000, approved through the Idea gate, now at Business case. */
    private static List<Object> atBusinessCase(Object... more) {
        List<Object> events = new ArrayList<>(List.of(created(), proposed(A, "300000.00"),
                decided("IDEA", GateDecision.APPROVE, "BUSINESS_CASE", IDEA_CRITERIA)));
        events.addAll(List.of(more));
        return events;
    }

    @Test
    void approvingWithEveryCriterionConfirmedPassesToTheNextGate() {
        fixture.given(created(), proposed(A, "300000.00"))
                .when(decide(GateDecision.APPROVE, IDEA_CRITERIA), manager())
                .expectEvents(decided("IDEA", GateDecision.APPROVE, "BUSINESS_CASE", IDEA_CRITERIA));
    }

    @Test
    void approvingWithoutEveryCriterionIsRefused() {
        fixture.given(created(), proposed(A, "300000.00"))
                .when(decide(GateDecision.APPROVE, List.of()), manager())
                .expectNoEvents()
                .expectException(rejectedNaming(RuleViolated.class, "criteriaMet"));
    }

    @Test
    void onlyTheGatesApproverRolesDecide() {
        fixture.given(created(), proposed(A, "300000.00"))
                .when(decide(GateDecision.APPROVE, IDEA_CRITERIA), as("pm-7", "PROJECT_MANAGER"))
                .expectNoEvents()
                .expectException(NotAllowed.class);
    }

    @Test
    void deferStaysSendBackReturnsAndRejectEndsTheCandidate() {
        fixture.given(atBusinessCase())
                .when(decide(GateDecision.DEFER, List.of()), manager())
                .expectEvents(decided("BUSINESS_CASE", GateDecision.DEFER, "BUSINESS_CASE", List.of()));
        fixture.given(atBusinessCase())
                .when(decide(GateDecision.SEND_BACK, List.of()), manager())
                .expectEvents(decided("BUSINESS_CASE", GateDecision.SEND_BACK, "IDEA", List.of()));
        fixture.given(atBusinessCase(decided("BUSINESS_CASE", GateDecision.REJECT, null, List.of())))
                .when(decide(GateDecision.DEFER, List.of()), manager())
                .expectNoEvents()
                .expectException(StateConflict.class);
    }

    @Test
    void aRejectedCandidateReleasesItsProjectForAnotherPortfolio() {
        projects.holders.put(A, PORTFOLIO_ID);
        fixture.given(created(), proposed(A, "300000.00"))
                .when(decide(GateDecision.REJECT, List.of()), manager())
                .expectEvents(decided("IDEA", GateDecision.REJECT, null, List.of()));
        org.assertj.core.api.Assertions.assertThat(projects.holders).doesNotContainKey(A);
    }

    @Test
    void nothingIsSentBackFromTheFirstGate() {
        fixture.given(created(), proposed(A, "300000.00"))
                .when(decide(GateDecision.SEND_BACK, List.of()), manager())
                .expectNoEvents()
                .expectException(StateConflict.class);
    }

    @Test
    void approvingIntoTheFundingGateFundsTheEstimatedCostOnTheBusinessDate() {
        fixture.given(atBusinessCase(envelope("500000.00")))
                .when(decide(GateDecision.APPROVE, CASE_CRITERIA), manager())
                .expectEvents(decided("BUSINESS_CASE", GateDecision.APPROVE, "FUNDED", CASE_CRITERIA),
                        new FundingApproved(PORTFOLIO_ID, TENANT_ID, "d-1", A, eur("300000.00"), TODAY));
    }

    @Test
    void fundingBeyondTheEnvelopeNeedsAReasonAndIsAuditedWithIt() {
        fixture.given(atBusinessCase(envelope("200000.00")))
                .when(decide(GateDecision.APPROVE, CASE_CRITERIA), manager())
                .expectNoEvents()
                .expectException(rejectedNaming(RuleViolated.class, "amount"));
        fixture.given(atBusinessCase(envelope("200000.00")))
                .when(new DecideGate(PORTFOLIO_ID, A, "d-1", GateDecision.APPROVE, "Board of 15 January",
                        CASE_CRITERIA, null, "Regulator deadline", false, null), manager())
                .expectEvents(decided("BUSINESS_CASE", GateDecision.APPROVE, "FUNDED", CASE_CRITERIA),
                        new EnvelopeOverridden(PORTFOLIO_ID, TENANT_ID, "d-1", A, 2027, eur("200000.00"),
                                eur("300000.00"), "Regulator deadline"),
                        new FundingApproved(PORTFOLIO_ID, TENANT_ID, "d-1", A, eur("300000.00"), TODAY));
    }

    @Test
    void aYearWithoutAnEnvelopeFundsNothingWithoutAnOverride() {
        fixture.given(atBusinessCase())
                .when(decide(GateDecision.APPROVE, CASE_CRITERIA), manager())
                .expectNoEvents()
                .expectException(rejectedNaming(RuleViolated.class, "amount"));
    }

    @Test
    void aGivenAmountIsFundedInsteadOfTheEstimateButOnlyByAFundingApproval() {
        fixture.given(atBusinessCase(envelope("500000.00")))
                .when(new DecideGate(PORTFOLIO_ID, A, "d-1", GateDecision.APPROVE, "Board of 15 January",
                        CASE_CRITERIA, eur("250000.00"), null, true, null), manager())
                .expectEvents(decided("BUSINESS_CASE", GateDecision.APPROVE, "FUNDED", CASE_CRITERIA),
                        new FundingApproved(PORTFOLIO_ID, TENANT_ID, "d-1", A, eur("250000.00"), TODAY));
        fixture.given(created(), proposed(A, "300000.00"))
                .when(new DecideGate(PORTFOLIO_ID, A, "d-1", GateDecision.APPROVE, "Board", IDEA_CRITERIA,
                        eur("1.00"), null, false, null), manager())
                .expectNoEvents()
                .expectException(rejectedNaming(RuleViolated.class, "amount"));
    }

    @Test
    void aFundingDecisionOnACandidateThatWouldNotPassIntoFundingIsAConflict() {
        fixture.given(created(), proposed(A, "300000.00"), envelope("500000.00"))
                .when(new DecideGate(PORTFOLIO_ID, A, "d-1", GateDecision.APPROVE, "Board", IDEA_CRITERIA, null,
                        null, true, null), manager())
                .expectNoEvents()
                .expectException(StateConflict.class);
    }

    @Test
    void fundingCountsAgainstTheYearSoTheNextOneMayPassTheEnvelope() {
        fixture.given(created(), envelope("500000.00"), proposed(A, "300000.00"), proposed(B, "200000.00"),
                proposed(C, "200000.00"),
                new GateDecided(PORTFOLIO_ID, TENANT_ID, A, "d-0", "BUSINESS_CASE", GateDecision.APPROVE, "FUNDED",
                        "pm-1", "Board", CASE_CRITERIA),
                new FundingApproved(PORTFOLIO_ID, TENANT_ID, "d-0", A, eur("300000.00"), TODAY),
                new GateDecided(PORTFOLIO_ID, TENANT_ID, B, "d-1", "IDEA", GateDecision.APPROVE, "BUSINESS_CASE",
                        "pm-1", "Board", IDEA_CRITERIA),
                new GateDecided(PORTFOLIO_ID, TENANT_ID, B, "d-2", "BUSINESS_CASE", GateDecision.APPROVE, "FUNDED",
                        "pm-1", "Board", CASE_CRITERIA),
                new FundingApproved(PORTFOLIO_ID, TENANT_ID, "d-2", B, eur("200000.00"), TODAY),
                new GateDecided(PORTFOLIO_ID, TENANT_ID, C, "d-3", "IDEA", GateDecision.APPROVE, "BUSINESS_CASE",
                        "pm-1", "Board", IDEA_CRITERIA))
                .when(new DecideGate(PORTFOLIO_ID, C, "d-4", GateDecision.APPROVE, "Board", CASE_CRITERIA, null, null,
                        true, null), manager())
                .expectNoEvents()
                .expectException(rejectedNaming(RuleViolated.class, "amount"));
    }
}
