package io.pmo.portfolio.command;

import static io.pmo.platform.testing.Rejections.rejected;
import static io.pmo.platform.testing.Rejections.rejectedNaming;
import static io.pmo.portfolio.command.PortfolioMother.A;
import static io.pmo.portfolio.command.PortfolioMother.B;
import static io.pmo.portfolio.command.PortfolioMother.CLOCK;
import static io.pmo.portfolio.command.PortfolioMother.CLOSED;
import static io.pmo.portfolio.command.PortfolioMother.ELSEWHERE;
import static io.pmo.portfolio.command.PortfolioMother.FIBONACCI;
import static io.pmo.portfolio.command.PortfolioMother.PORTFOLIO_ID;
import static io.pmo.portfolio.command.PortfolioMother.TENANT_ID;
import static io.pmo.portfolio.command.PortfolioMother.VALUE;
import static io.pmo.portfolio.command.PortfolioMother.created;
import static io.pmo.portfolio.command.PortfolioMother.eur;
import static io.pmo.portfolio.command.PortfolioMother.manager;
import static io.pmo.portfolio.command.PortfolioMother.model;
import static io.pmo.portfolio.command.PortfolioMother.proposed;

import java.util.List;
import java.util.Map;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.pmo.events.portfolio.BudgetEnvelopeSet;
import io.pmo.events.portfolio.CandidateProposed;
import io.pmo.events.portfolio.CandidateEstimated;
import io.pmo.events.portfolio.CandidateScored;
import io.pmo.events.portfolio.FundingApproved;
import io.pmo.events.portfolio.GateDecided;
import io.pmo.events.portfolio.GateDecision;
import io.pmo.events.portfolio.PortfolioDetailsChanged;
import io.pmo.events.portfolio.PortfolioCreated;
import io.pmo.events.portfolio.ProgramAdded;
import io.pmo.events.portfolio.ScoringCriterion;
import io.pmo.events.portfolio.StrategicObjective;
import io.pmo.events.portfolio.StrategicObjectivesSet;
import io.pmo.events.portfolio.WsjfEstimated;
import io.pmo.platform.domain.NotFound;
import io.pmo.platform.domain.RuleViolated;
import io.pmo.platform.domain.StateConflict;
import io.pmo.portfolio.command.PortfolioCommands.AddProgram;
import io.pmo.portfolio.command.PortfolioCommands.ChangePortfolioDetails;
import io.pmo.portfolio.command.PortfolioCommands.ChangeScoringModel;
import io.pmo.portfolio.command.PortfolioCommands.CreatePortfolio;
import io.pmo.portfolio.command.PortfolioCommands.EstimateWsjf;
import io.pmo.portfolio.command.PortfolioCommands.ModelChanged;
import io.pmo.portfolio.command.PortfolioCommands.ProposeCandidate;
import io.pmo.portfolio.command.PortfolioCommands.ReviseEstimates;
import io.pmo.portfolio.command.PortfolioCommands.ScoreCandidate;
import io.pmo.portfolio.command.PortfolioCommands.SetBudgetEnvelope;
import io.pmo.portfolio.command.PortfolioCommands.SetStrategicObjectives;

/** The portfolio aggregate's structure, strategy, candidates and scores: every command and its rejections. */
class PortfolioTests {

    private static final String OBJECTIVE = "11111111-2222-4333-8444-555555555555";

    private FixtureConfiguration<Portfolio> fixture;

    private PortfolioMother.Projects projects;

    @BeforeEach
    void setUp() {
        projects = new PortfolioMother.Projects();
        fixture = new AggregateTestFixture<>(Portfolio.class);
        fixture.registerInjectableResource(projects);
        fixture.registerInjectableResource(CLOCK);
    }

    @Test
    void createsAPortfolioInItsCurrency() {
        fixture.givenNoPriorActivity()
                .when(new CreatePortfolio(PORTFOLIO_ID, TENANT_ID, "FY27 change", null, "pm-1", "EUR"), manager())
                .expectEvents(created())
                .expectResultMessagePayload(0L);
    }

    @Test
    void refusesACurrencyThatIsNoIsoCurrency() {
        fixture.givenNoPriorActivity()
                .when(new CreatePortfolio(PORTFOLIO_ID, TENANT_ID, "FY27", null, "pm-1", "XYZ"), manager())
                .expectNoEvents()
                .expectException(rejectedNaming(RuleViolated.class, "currency"));
    }

    @Test
    void addsProgramsWithUniqueNames() {
        fixture.given(created(), new ProgramAdded(PORTFOLIO_ID, TENANT_ID, "p-1", "Cloud", "pm-2"))
                .when(new AddProgram(PORTFOLIO_ID, "p-2", "Cloud", "pm-3", null), manager())
                .expectNoEvents()
                .expectException(rejectedNaming(RuleViolated.class, "name"));
        fixture.given(created())
                .when(new AddProgram(PORTFOLIO_ID, "p-2", "Data", "pm-3", null), manager())
                .expectEvents(new ProgramAdded(PORTFOLIO_ID, TENANT_ID, "p-2", "Data", "pm-3"));
    }

    @Test
    void setsABudgetEnvelopePerFiscalYearInThePortfoliosCurrencyOnly() {
        fixture.given(created())
                .when(new SetBudgetEnvelope(PORTFOLIO_ID, 2027, eur("500000.00"), null), manager())
                .expectEvents(new BudgetEnvelopeSet(PORTFOLIO_ID, TENANT_ID, 2027, eur("500000.00")));
        fixture.given(created())
                .when(new SetBudgetEnvelope(PORTFOLIO_ID, 2027, io.pmo.events.common.Money.of("5", "USD"), null),
                        manager())
                .expectNoEvents()
                .expectException(rejectedNaming(RuleViolated.class, "amount.currency"));
    }

    @Test
    void objectivesWeighOneHundredTogether() {
        fixture.given(created())
                .when(new SetStrategicObjectives(PORTFOLIO_ID, List.of(new StrategicObjective(OBJECTIVE, "Grow", 60),
                        new StrategicObjective("o-2", "Save", 30)), null), manager())
                .expectNoEvents()
                .expectException(rejectedNaming(RuleViolated.class, "objectives"));
        List<StrategicObjective> objectives = List.of(new StrategicObjective(OBJECTIVE, "Grow", 60),
                new StrategicObjective("o-2", "Save", 40));
        fixture.given(created())
                .when(new SetStrategicObjectives(PORTFOLIO_ID, objectives, null), manager())
                .expectEvents(new StrategicObjectivesSet(PORTFOLIO_ID, TENANT_ID, objectives));
    }

    @Test
    void everyChangeOfTheScoringModelIsANewVersionAndTheSameCriteriaAreNone() {
        ScoringCriterion reweighted = new ScoringCriterion("value", "Business value", 60, FIBONACCI, null);
        ScoringCriterion risk = new ScoringCriterion("risk", "Risk reduction", 40, List.of(1, 2, 3, 4, 5), null);
        fixture.given(created(), model(1, VALUE))
                .when(new ChangeScoringModel(PORTFOLIO_ID, List.of(reweighted, risk), null), manager())
                .expectEvents(model(2, reweighted, risk))
                .expectResultMessagePayload(new ModelChanged(2L, 2));
        fixture.given(created(), model(1, VALUE))
                .when(new ChangeScoringModel(PORTFOLIO_ID, List.of(VALUE), null), manager())
                .expectNoEvents()
                .expectResultMessagePayload(new ModelChanged(1L, 1));
    }

    @Test
    void refusesModelsWhoseWeightsScalesKeysOrObjectivesAreWrong() {
        expectModelRefused("criteria", new ScoringCriterion("value", "Value", 90, FIBONACCI, null));
        expectModelRefused("criteria[0].scale", new ScoringCriterion("value", "Value", 100, List.of(3, 2), null));
        expectModelRefused("criteria[0].scale", new ScoringCriterion("value", "Value", 100, List.of(5), null));
        expectModelRefused("criteria[0].objectiveId", new ScoringCriterion("value", "Value", 100, FIBONACCI,
                OBJECTIVE));
        expectModelRefused("criteria[1].key", new ScoringCriterion("value", "Value", 50, FIBONACCI, null),
                new ScoringCriterion("value", "Again", 50, FIBONACCI, null));
    }

    private void expectModelRefused(String field, ScoringCriterion... criteria) {
        fixture.given(created())
                .when(new ChangeScoringModel(PORTFOLIO_ID, List.of(criteria), null), manager())
                .expectNoEvents()
                .expectException(rejectedNaming(RuleViolated.class, field));
    }

    @Test
    void aKnownOpenProjectEntersAtTheFirstGateAndIsClaimedForThePortfolio() {
        fixture.given(created())
                .when(new ProposeCandidate(PORTFOLIO_ID, A, null, 2027, eur("300000.00"), eur("900000.00"), null),
                        manager())
                .expectEvents(new CandidateProposed(PORTFOLIO_ID, TENANT_ID, A, null, 2027, eur("300000.00"),
                        eur("900000.00"), "IDEA"));
        org.assertj.core.api.Assertions.assertThat(projects.holders).containsEntry(A, PORTFOLIO_ID);
    }

    @Test
    void refusesUnknownClosedOrTakenProjectsAndUnknownPrograms() {
        fixture.given(created())
                .when(new ProposeCandidate(PORTFOLIO_ID, "99999999-0000-4000-8000-000000000000", null, 2027,
                        eur("1.00"), null, null), manager())
                .expectNoEvents()
                .expectException(rejectedNaming(RuleViolated.class, "projectId"));
        fixture.given(created())
                .when(new ProposeCandidate(PORTFOLIO_ID, CLOSED, null, 2027, eur("1.00"), null, null), manager())
                .expectNoEvents()
                .expectException(rejectedNaming(RuleViolated.class, "projectId"));
        fixture.given(created())
                .when(new ProposeCandidate(PORTFOLIO_ID, ELSEWHERE, null, 2027, eur("1.00"), null, null), manager())
                .expectNoEvents()
                .expectException(rejected(StateConflict.class, null, "portfolioId", "another-portfolio"));
        fixture.given(created(), proposed(A, "1.00"))
                .when(new ProposeCandidate(PORTFOLIO_ID, A, null, 2027, eur("1.00"), null, null), manager())
                .expectNoEvents()
                .expectException(StateConflict.class);
        fixture.given(created())
                .when(new ProposeCandidate(PORTFOLIO_ID, A, "no-program", 2027, eur("1.00"), null, null), manager())
                .expectNoEvents()
                .expectException(rejectedNaming(RuleViolated.class, "programId"));
        fixture.given(created())
                .when(new ProposeCandidate(PORTFOLIO_ID, A, null, 2027, io.pmo.events.common.Money.of("1.00", "USD"),
                        null, null), manager())
                .expectNoEvents()
                .expectException(rejectedNaming(RuleViolated.class, "estimatedCost.currency"));
    }

    @Test
    void aScorerRatesEveryCriterionOfTheCurrentModelOnItsScale() {
        fixture.given(created(), model(1, VALUE), proposed(A, "1.00"))
                .when(new ScoreCandidate(PORTFOLIO_ID, A, 1, Map.of("value", 13), null), manager())
                .expectEvents(new CandidateScored(PORTFOLIO_ID, TENANT_ID, A, "pm-1", 1, Map.of("value", 13)));
    }

    @Test
    void refusesScoresWithoutAModelUnderAStaleVersionOrOffTheScale() {
        fixture.given(created(), proposed(A, "1.00"))
                .when(new ScoreCandidate(PORTFOLIO_ID, A, 1, Map.of("value", 13), null), manager())
                .expectNoEvents()
                .expectException(StateConflict.class);
        fixture.given(created(), model(1, VALUE), model(2, new ScoringCriterion("value", "V", 100, List.of(1, 2),
                null)), proposed(A, "1.00"))
                .when(new ScoreCandidate(PORTFOLIO_ID, A, 1, Map.of("value", 13), null), manager())
                .expectNoEvents()
                .expectException(rejected(StateConflict.class, null, "currentModelVersion", 2));
        fixture.given(created(), model(1, VALUE), proposed(A, "1.00"))
                .when(new ScoreCandidate(PORTFOLIO_ID, A, 1, Map.of("value", 4), null), manager())
                .expectNoEvents()
                .expectException(rejectedNaming(RuleViolated.class, "ratings.value"));
        fixture.given(created(), model(1, VALUE), proposed(A, "1.00"))
                .when(new ScoreCandidate(PORTFOLIO_ID, A, 1, Map.of("value", 5, "colour", 3), null), manager())
                .expectNoEvents()
                .expectException(rejectedNaming(RuleViolated.class, "ratings.colour"));
        fixture.given(created(), model(1, VALUE), proposed(A, "1.00"))
                .when(new ScoreCandidate(PORTFOLIO_ID, B, 1, Map.of("value", 5), null), manager())
                .expectNoEvents()
                .expectException(NotFound.class);
    }

    @Test
    void wsjfPartsAreOnTheFibonacciScale() {
        fixture.given(created(), proposed(A, "1.00"))
                .when(new EstimateWsjf(PORTFOLIO_ID, A, 8, 5, 3, 5, null), manager())
                .expectEvents(new WsjfEstimated(PORTFOLIO_ID, TENANT_ID, A, "pm-1", 8, 5, 3, 5));
        fixture.given(created(), proposed(A, "1.00"))
                .when(new EstimateWsjf(PORTFOLIO_ID, A, 8, 5, 3, 4, null), manager())
                .expectNoEvents()
                .expectException(rejectedNaming(RuleViolated.class, "jobSize"));
    }

    @Test
    void anotherTenantsCommandFindsNoPortfolio() {
        fixture.given(created())
                .when(new SetBudgetEnvelope(PORTFOLIO_ID, 2027, eur("1.00"), null), Map.of(
                        io.pmo.platform.messaging.PmoMetadata.TENANT_ID, "globex",
                        io.pmo.platform.messaging.PmoMetadata.PRINCIPAL, "pm-9",
                        io.pmo.platform.messaging.PmoMetadata.ROLES, "PMO_ADMIN"))
                .expectNoEvents()
                .expectException(NotFound.class);
    }

    @Test
    void theCreatedEventCarriesWhatWasAsked() {
        fixture.givenNoPriorActivity()
                .when(new CreatePortfolio(PORTFOLIO_ID, TENANT_ID, "FY27 change", "All change", "owner-7", "EUR"),
                        manager())
                .expectEvents(new PortfolioCreated(PORTFOLIO_ID, TENANT_ID, "FY27 change", "All change", "owner-7",
                        "EUR"));
    }

    @Test
    void detailsChangeOnlyWhenTheyDiffer() {
        fixture.given(created())
                .when(new ChangePortfolioDetails(PORTFOLIO_ID, "FY27 change", "Now described", "pm-2", null), manager())
                .expectEvents(new PortfolioDetailsChanged(PORTFOLIO_ID, TENANT_ID, "FY27 change", "Now described",
                        "pm-2"));
        fixture.given(created())
                .when(new ChangePortfolioDetails(PORTFOLIO_ID, "FY27 change", null, "pm-1", null), manager())
                .expectNoEvents()
                .expectResultMessagePayload(0L);
    }

    @Test
    void estimatesAreRevisedUntilTheCandidateIsFundedOrRejected() {
        fixture.given(created(), proposed(A, "300000.00"))
                .when(new ReviseEstimates(PORTFOLIO_ID, A, eur("320000.00"), eur("1000000.00"), null), manager())
                .expectEvents(new CandidateEstimated(PORTFOLIO_ID, TENANT_ID, A, eur("320000.00"),
                        eur("1000000.00")));
        fixture.given(created(), proposed(A, "300000.00"))
                .when(new ReviseEstimates(PORTFOLIO_ID, A, eur("300000.00"), null, null), manager())
                .expectNoEvents();
        fixture.given(created(), proposed(A, "300000.00"), new FundingApproved(PORTFOLIO_ID, TENANT_ID, "d-1", A,
                eur("300000.00"), PortfolioMother.TODAY))
                .when(new ReviseEstimates(PORTFOLIO_ID, A, eur("1.00"), null, null), manager())
                .expectNoEvents()
                .expectException(rejected(StateConflict.class, null, StateConflict.CURRENT_STATE, "FUNDED"));
        fixture.given(created(), proposed(A, "300000.00"), new GateDecided(PORTFOLIO_ID, TENANT_ID, A, "d-1", "IDEA",
                GateDecision.REJECT, null, "pm-1", "No case", List.of()))
                .when(new ReviseEstimates(PORTFOLIO_ID, A, eur("1.00"), null, null), manager())
                .expectNoEvents()
                .expectException(rejected(StateConflict.class, null, StateConflict.CURRENT_STATE, "REJECTED"));
    }
}
