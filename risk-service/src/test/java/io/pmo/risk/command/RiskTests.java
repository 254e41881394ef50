package io.pmo.risk.command;

import static io.pmo.platform.testing.Rejections.rejectedNaming;
import static org.assertj.core.api.Assertions.assertThat;
import static io.pmo.risk.command.RiskMother.CLOCK;
import static io.pmo.risk.command.RiskMother.ERP;
import static io.pmo.risk.command.RiskMother.OLD;
import static io.pmo.risk.command.RiskMother.R;
import static io.pmo.risk.command.RiskMother.TENANT_ID;
import static io.pmo.risk.command.RiskMother.TODAY;
import static io.pmo.risk.command.RiskMother.as;
import static io.pmo.risk.command.RiskMother.assessed;
import static io.pmo.risk.command.RiskMother.owner;
import static io.pmo.risk.command.RiskMother.raised;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.modelling.command.Repository;
import org.axonframework.modelling.command.RepositoryProvider;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.pmo.events.common.Money;
import io.pmo.events.risk.AssessmentKind;
import io.pmo.events.risk.Band;
import io.pmo.events.risk.EscalationReason;
import io.pmo.events.risk.IssueRaised;
import io.pmo.events.risk.MitigationActionAdded;
import io.pmo.events.risk.MitigationActionCompleted;
import io.pmo.events.risk.MitigationActionOverdue;
import io.pmo.events.risk.ResponsePlanned;
import io.pmo.events.risk.ResponseStrategy;
import io.pmo.events.risk.RiskAssessed;
import io.pmo.events.risk.RiskClosed;
import io.pmo.events.risk.RiskDeescalated;
import io.pmo.events.risk.RiskDetailsChanged;
import io.pmo.events.risk.RiskEscalated;
import io.pmo.events.risk.RiskKind;
import io.pmo.events.risk.RiskOccurred;
import io.pmo.events.risk.RiskOwnerAssigned;
import io.pmo.events.risk.Severity;
import io.pmo.platform.domain.NotAllowed;
import io.pmo.platform.domain.RuleViolated;
import io.pmo.platform.domain.StateConflict;
import io.pmo.risk.command.RiskCommands.AddMitigationAction;
import io.pmo.risk.command.RiskCommands.AssessRisk;
import io.pmo.risk.command.RiskCommands.AssignRiskOwner;
import io.pmo.risk.command.RiskCommands.ChangeRiskDetails;
import io.pmo.risk.command.RiskCommands.CloseProjectRisk;
import io.pmo.risk.command.RiskCommands.CloseRisk;
import io.pmo.risk.command.RiskCommands.CompleteMitigationAction;
import io.pmo.risk.command.RiskCommands.PlanResponse;
import io.pmo.risk.command.RiskCommands.RaiseRisk;
import io.pmo.risk.command.RiskCommands.RecordOccurrence;

/**
 * The risk register's rules by fixture: raising, assessing (score, band, EMV), escalation by exposure and by a
 * HIGH risk's wait for a response (a deadline), responses, overdue actions (a deadline), occurrence raising an issue,
 * closing and every rejection.
 */
class RiskTests {

    private FixtureConfiguration<Risk> fixture;

    private RiskMother.World world;

    /** The issues' own store: the fixture records only the risk's events. */
    private EmbeddedEventStore issueStore;

    @BeforeEach
    void setUp() {
        world = new RiskMother.World();
        fixture = new AggregateTestFixture<>(Risk.class);
        fixture.registerInjectableResource(world);
        fixture.registerInjectableResource(CLOCK);
        issueStore = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        Repository<Issue> issues = EventSourcingRepository.builder(Issue.class).eventStore(issueStore).build();
        fixture.registerRepositoryProvider(new RepositoryProvider() {

            @Override
            @SuppressWarnings("unchecked")
            public <T> Repository<T> repositoryFor(Class<T> type) {
                return type == Issue.class ? (Repository<T>) issues : null;
            }
        });
    }

    private static AssessRisk assess(AssessmentKind kind, int probability, int impact) {
        return new AssessRisk(R, "as-1", kind, probability, impact, null, null, null);
    }

    @Test
    void raisesARiskOnAKnownOpenProjectOwnedByTheCallerUnlessNamed() {
        fixture.givenNoPriorActivity()
                .when(new RaiseRisk(R, TENANT_ID, ERP, null, RiskKind.THREAT, "Vendor delay", null, "Supply", null,
                        null, null, LocalDate.of(2027, 3, 1)), owner())
                .expectEvents(raised());
    }

    @Test
    void refusesAnUnknownOrClosedProjectBothOrNoScopeAndAnotherManagersProject() {
        expectRaiseRefused(new RaiseRisk(R, TENANT_ID, "99999999-0000-4000-8000-000000000000", null, RiskKind.THREAT,
                "T", null, null, null, null, null, null), owner(), "projectId");
        expectRaiseRefused(new RaiseRisk(R, TENANT_ID, OLD, null, RiskKind.THREAT, "T", null, null, null, null, null,
                null), owner(), "projectId");
        expectRaiseRefused(new RaiseRisk(R, TENANT_ID, ERP, "5d6e7f8a-9b0c-4d1e-8f2a-3b4c5d6e7f8a",
                RiskKind.THREAT, "T", null, null, null, null, null, null), owner(), "projectId");
        fixture.givenNoPriorActivity()
                .when(new RaiseRisk(R, TENANT_ID, ERP, null, RiskKind.THREAT, "T", null, null, null, null, null,
                        null), as("pm-2", "PROJECT_MANAGER"))
                .expectNoEvents()
                .expectException(NotAllowed.class);
    }

    private void expectRaiseRefused(RaiseRisk command, java.util.Map<String, Object> who, String field) {
        fixture.givenNoPriorActivity()
                .when(command, who)
                .expectNoEvents()
                .expectException(rejectedNaming(RuleViolated.class, field));
    }

    @Test
    void anAssessmentScoresBandsAndPricesTheRisk() {
        // P3 x I4 = 12, HIGH; 50 % of 80,000.00 = 40,000.00
        fixture.given(raised())
                .when(new AssessRisk(R, "as-1", AssessmentKind.INHERENT, 3, 4, Money.of("80000.00", "EUR"), "Board",
                        null), owner())
                .expectEvents(new RiskAssessed(R, TENANT_ID, "as-1", AssessmentKind.INHERENT, 3, 4, 12, Band.HIGH,
                        Money.of("80000.00", "EUR"), Money.of("40000.00", "EUR"), TODAY, "Board"))
                .expectScheduledDeadlineWithName(TODAY.plusDays(10).atStartOfDay().toInstant(ZoneOffset.UTC),
                        Risk.NO_RESPONSE);
    }

    @Test
    void refusesLevelsOutsideOneToFive() {
        fixture.given(raised())
                .when(assess(AssessmentKind.INHERENT, 0, 3), owner())
                .expectNoEvents()
                .expectException(rejectedNaming(RuleViolated.class, "probability"));
        fixture.given(raised())
                .when(assess(AssessmentKind.INHERENT, 3, 6), owner())
                .expectNoEvents()
                .expectException(rejectedNaming(RuleViolated.class, "impact"));
    }

    @Test
    void anExposureAtTheThresholdEscalatesAndAResidualBelowItDeescalates() {
        fixture.given(raised())
                .when(assess(AssessmentKind.INHERENT, 4, 4), owner())
                .expectEvents(assessed("as-1", AssessmentKind.INHERENT, 4, 4, 16, Band.HIGH),
                        new RiskEscalated(R, TENANT_ID, EscalationReason.EXPOSURE, 16, Band.HIGH, 15));
        fixture.given(raised(), assessed("as-1", AssessmentKind.INHERENT, 4, 4, 16, Band.HIGH),
                new RiskEscalated(R, TENANT_ID, EscalationReason.EXPOSURE, 16, Band.HIGH, 15),
                new ResponsePlanned(R, TENANT_ID, ResponseStrategy.MITIGATE, "Second vendor"))
                .when(new AssessRisk(R, "as-2", AssessmentKind.RESIDUAL, 2, 4, null, null, null), owner())
                .expectEvents(assessed("as-2", AssessmentKind.RESIDUAL, 2, 4, 8, Band.MEDIUM),
                        new RiskDeescalated(R, TENANT_ID, "Exposure 8 is below 15"));
    }

    @Test
    void aHighRiskWithoutAResponseForTheTenantsDaysIsEscalatedByTheDeadline() {
        fixture.given(raised())
                .andGivenCommands(assess(AssessmentKind.INHERENT, 3, 4))
                .whenThenTimeAdvancesTo(TODAY.plusDays(10).atStartOfDay().toInstant(ZoneOffset.UTC))
                .expectEvents(new RiskEscalated(R, TENANT_ID, EscalationReason.NO_RESPONSE, 12, Band.HIGH, 10));
    }

    @Test
    void aResponseCancelsTheWaitAndEndsANoResponseEscalation() {
        fixture.given(raised(), assessed("as-1", AssessmentKind.INHERENT, 3, 4, 12, Band.HIGH),
                new RiskEscalated(R, TENANT_ID, EscalationReason.NO_RESPONSE, 12, Band.HIGH, 10))
                .when(new PlanResponse(R, ResponseStrategy.MITIGATE, "Second vendor", null), owner())
                .expectEvents(new ResponsePlanned(R, TENANT_ID, ResponseStrategy.MITIGATE, "Second vendor"),
                        new RiskDeescalated(R, TENANT_ID, "A response was planned"));
        fixture.given(raised(), assessed("as-1", AssessmentKind.INHERENT, 3, 4, 12, Band.HIGH))
                .when(new PlanResponse(R, ResponseStrategy.EXPLOIT, "?", null), owner())
                .expectNoEvents()
                .expectException(rejectedNaming(RuleViolated.class, "strategy"));
        fixture.given(raised())
                .when(new PlanResponse(R, ResponseStrategy.MITIGATE, "Too early", null), owner())
                .expectNoEvents()
                .expectException(StateConflict.class);
    }

    @Test
    void anActionStillOpenAtTheEndOfItsDueDateIsOverdueOnceAndACompletedOneIsNot() {
        LocalDate due = TODAY.plusDays(5);
        Object[] responding = { raised(), assessed("as-1", AssessmentKind.INHERENT, 2, 3, 6, Band.MEDIUM),
                new ResponsePlanned(R, TENANT_ID, ResponseStrategy.MITIGATE, "Second vendor") };
        fixture.given(responding)
                .when(new AddMitigationAction(R, "ac-1", "Sign second vendor", "ro-2", due, null), owner())
                .expectEvents(new MitigationActionAdded(R, TENANT_ID, "ac-1", "Sign second vendor", "ro-2", due))
                .expectScheduledDeadlineWithName(due.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC),
                        MitigationAction.OVERDUE);
        fixture.given(responding)
                .andGivenCommands(new AddMitigationAction(R, "ac-1", "Sign second vendor", "ro-2", due, null))
                .whenThenTimeAdvancesTo(due.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC))
                .expectEvents(new MitigationActionOverdue(R, TENANT_ID, "ac-1", due, due.plusDays(1)));
        fixture.given(responding)
                .when(new AddMitigationAction(R, "ac-1", "Late", "ro-2", TODAY.minusDays(1), null), owner())
                .expectNoEvents()
                .expectException(rejectedNaming(RuleViolated.class, "dueDate"));
    }

    @Test
    void completingAnActionReachesTheActionAndOnlyOnce() {
        fixture.given(raised(), assessed("as-1", AssessmentKind.INHERENT, 2, 3, 6, Band.MEDIUM),
                new ResponsePlanned(R, TENANT_ID, ResponseStrategy.MITIGATE, "Second vendor"),
                new MitigationActionAdded(R, TENANT_ID, "ac-1", "Sign", "ro-2", TODAY.plusDays(5)))
                .when(new CompleteMitigationAction(R, "ac-1", null), owner())
                .expectEvents(new MitigationActionCompleted(R, TENANT_ID, "ac-1", TODAY));
        fixture.given(raised(), assessed("as-1", AssessmentKind.INHERENT, 2, 3, 6, Band.MEDIUM),
                new ResponsePlanned(R, TENANT_ID, ResponseStrategy.MITIGATE, "Second vendor"),
                new MitigationActionAdded(R, TENANT_ID, "ac-1", "Sign", "ro-2", TODAY.plusDays(5)),
                new MitigationActionCompleted(R, TENANT_ID, "ac-1", TODAY))
                .when(new CompleteMitigationAction(R, "ac-1", null), owner())
                .expectNoEvents()
                .expectException(StateConflict.class);
    }

    @Test
    void anOccurrenceRaisesAnIssueForTheRiskInTheSameUnitOfWork() {
        String issueId = "0b1a0000-0000-4000-8000-000000000001";
        fixture.given(raised(), assessed("as-1", AssessmentKind.INHERENT, 3, 4, 12, Band.HIGH))
                .when(new RecordOccurrence(R, issueId, "Vendor went bust", Severity.HIGH, null), owner())
                .expectEvents(new RiskOccurred(R, TENANT_ID, issueId, TODAY, "Vendor went bust"));

        assertThat(issueStore.readEvents(issueId).asStream().map(message -> (Object) message.getPayload()).toList())
                .containsExactly(new IssueRaised(issueId, TENANT_ID, ERP, null, R, "Vendor delay", "Vendor went bust",
                        Severity.HIGH, "ro-1"));
    }

    @Test
    void closingEndsEscalationAndAClosedRiskTakesNothingMore() {
        fixture.given(raised(), assessed("as-1", AssessmentKind.INHERENT, 4, 4, 16, Band.HIGH),
                new RiskEscalated(R, TENANT_ID, EscalationReason.EXPOSURE, 16, Band.HIGH, 15))
                .when(new CloseRisk(R, "Passed", null), owner())
                .expectEvents(new RiskClosed(R, TENANT_ID, "Passed", TODAY),
                        new RiskDeescalated(R, TENANT_ID, "The risk was closed"));
        fixture.given(raised(), new RiskClosed(R, TENANT_ID, "Passed", TODAY))
                .when(new CloseRisk(R, "Again", null), owner())
                .expectNoEvents()
                .expectException(StateConflict.class);
        fixture.given(raised(), new RiskClosed(R, TENANT_ID, "Passed", TODAY))
                .when(assess(AssessmentKind.RESIDUAL, 1, 1), owner())
                .expectNoEvents()
                .expectException(StateConflict.class);
        fixture.given(raised(), new RiskClosed(R, TENANT_ID, "Passed", TODAY))
                .when(new CloseProjectRisk(R, "Project cancelled"))
                .expectNoEvents();
    }

    @Test
    void onlyTheOwnerOrAnAdminWritesTheRisk() {
        fixture.given(raised())
                .when(assess(AssessmentKind.INHERENT, 2, 2), as("ro-9", "RISK_OWNER"))
                .expectNoEvents()
                .expectException(NotAllowed.class);
        fixture.given(raised())
                .when(assess(AssessmentKind.INHERENT, 2, 2), as("admin", "PMO_ADMIN"))
                .expectEvents(assessed("as-1", AssessmentKind.INHERENT, 2, 2, 4, Band.LOW));
    }

    @Test
    void detailsAndOwnerChangeOnlyWhenTheyDifferAndAnOwnerIsAUserId() {
        fixture.given(raised())
                .when(new ChangeRiskDetails(R, "Vendor delay", "Parts late", "Supply", null, null,
                        LocalDate.of(2027, 3, 1), null), owner())
                .expectEvents(new RiskDetailsChanged(R, TENANT_ID, "Vendor delay", "Parts late", "Supply", null, null,
                        LocalDate.of(2027, 3, 1)));
        fixture.given(raised())
                .when(new ChangeRiskDetails(R, "Vendor delay", null, "Supply", null, null, LocalDate.of(2027, 3, 1),
                        null), owner())
                .expectNoEvents();
        fixture.given(raised())
                .when(new AssignRiskOwner(R, "ro-2", null), owner())
                .expectEvents(new RiskOwnerAssigned(R, TENANT_ID, "ro-2", "ro-1"));
        fixture.given(raised())
                .when(new AssignRiskOwner(R, "not a user id", null), owner())
                .expectNoEvents()
                .expectException(rejectedNaming(RuleViolated.class, "ownerId"));
    }

    @Test
    void aRiskOccursOnce() {
        fixture.given(raised(), new RiskOccurred(R, TENANT_ID, "0b1a0000-0000-4000-8000-000000000001", TODAY,
                "Vendor went bust"))
                .when(new RecordOccurrence(R, "0b1a0000-0000-4000-8000-000000000002", "Again", Severity.LOW, null),
                        owner())
                .expectNoEvents()
                .expectException(StateConflict.class);
    }
}
