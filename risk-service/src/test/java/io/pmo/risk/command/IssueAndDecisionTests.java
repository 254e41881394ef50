package io.pmo.risk.command;

import static io.pmo.platform.testing.Rejections.rejectedNaming;
import static io.pmo.risk.command.RiskMother.CLOCK;
import static io.pmo.risk.command.RiskMother.ERP;
import static io.pmo.risk.command.RiskMother.TENANT_ID;
import static io.pmo.risk.command.RiskMother.TODAY;
import static io.pmo.risk.command.RiskMother.as;
import static io.pmo.risk.command.RiskMother.owner;

import java.util.Collections;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import io.pmo.events.risk.DecisionRecorded;
import io.pmo.events.risk.IssueRaised;
import io.pmo.events.risk.IssueResolved;
import io.pmo.events.risk.Severity;
import io.pmo.platform.domain.NotAllowed;
import io.pmo.platform.domain.RuleViolated;
import io.pmo.platform.domain.StateConflict;
import io.pmo.risk.command.RiskCommands.RaiseIssue;
import io.pmo.risk.command.RiskCommands.RecordDecision;
import io.pmo.risk.command.RiskCommands.ResolveIssue;

/** Issues raised directly and resolved once, and the decisions log: every command and rejection. */
class IssueAndDecisionTests {

    private static final String ISSUE = "0b1a0000-0000-4000-8000-000000000001";

    private static final String DECISION = "0dec0000-0000-4000-8000-000000000001";

    private <T> FixtureConfiguration<T> fixture(Class<T> type) {
        FixtureConfiguration<T> fixture = new AggregateTestFixture<>(type);
        fixture.registerInjectableResource(new RiskMother.World());
        fixture.registerInjectableResource(CLOCK);
        return fixture;
    }

    @Test
    void raisesAnIssueOnAProjectOwnedByTheCallerAndResolvesItOnce() {
        IssueRaised raised = new IssueRaised(ISSUE, TENANT_ID, ERP, null, null, "Server room flooded", null,
                Severity.CRITICAL, "ro-1");
        FixtureConfiguration<Issue> issues = fixture(Issue.class);
        issues.givenNoPriorActivity()
                .when(new RaiseIssue(ISSUE, TENANT_ID, ERP, null, "Server room flooded", null, Severity.CRITICAL,
                        null), owner())
                .expectEvents(raised);
        issues.given(raised)
                .when(new ResolveIssue(ISSUE, "Moved to the second site", null), owner())
                .expectEvents(new IssueResolved(ISSUE, TENANT_ID, "Moved to the second site", TODAY));
        issues.given(raised, new IssueResolved(ISSUE, TENANT_ID, "Moved", TODAY))
                .when(new ResolveIssue(ISSUE, "Again", null), owner())
                .expectNoEvents()
                .expectException(StateConflict.class);
        issues.given(raised)
                .when(new ResolveIssue(ISSUE, "Not mine", null), as("ro-9", "RISK_OWNER"))
                .expectNoEvents()
                .expectException(NotAllowed.class);
        issues.givenNoPriorActivity()
                .when(new RaiseIssue(ISSUE, TENANT_ID, null, null, "Nowhere", null, Severity.LOW, null), owner())
                .expectNoEvents()
                .expectException(rejectedNaming(RuleViolated.class, "projectId"));
    }

    @Test
    void recordsWhoDecidedWhatWhenAndWhyLinkedToRisksAndIssues() {
        FixtureConfiguration<Decision> decisions = fixture(Decision.class);
        decisions.givenNoPriorActivity()
                .when(new RecordDecision(DECISION, TENANT_ID, ERP, null, "Second vendor", "Contract Acme Parts",
                        "Halves the delay risk", List.of(RiskMother.R), List.of(ISSUE)), as("pm-1", "PROJECT_MANAGER"))
                .expectEvents(new DecisionRecorded(DECISION, TENANT_ID, ERP, null, "Second vendor",
                        "Contract Acme Parts", "Halves the delay risk", "pm-1", TODAY, List.of(RiskMother.R),
                        List.of(ISSUE)));
        decisions.givenNoPriorActivity()
                .when(new RecordDecision(DECISION, TENANT_ID, ERP, null, "Too many", "x", "y",
                        Collections.nCopies(51, RiskMother.R), List.of()), owner())
                .expectNoEvents()
                .expectException(rejectedNaming(RuleViolated.class, "riskIds"));
    }
}
