package io.pmo.project.command;

import static io.pmo.project.command.ProjectMother.PROJECT_ID;

import java.util.Map;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.pmo.events.project.ProjectStatus;
import io.pmo.platform.domain.NotFound;
import io.pmo.platform.messaging.PmoMetadata;
import io.pmo.project.command.ProjectCommands.ApproveFundedProject;

/** Funding approved in portfolio-service moves a proposal to APPROVED, and never fails on a later project. */
class ProjectReactionTests {

    private static final String PORTFOLIO = "5d6e7f8a-9b0c-4d1e-8f2a-3b4c5d6e7f8a";

    private static final String DECISION = "6e7f8a9b-0c1d-4e2f-9a3b-4c5d6e7f8a9b";

    /** Reactions carry the event's tenant and a system principal, and no roles: they are internal. */
    private static final Map<String, Object> REACTION = Map.of(PmoMetadata.TENANT_ID, ProjectMother.TENANT_ID,
            PmoMetadata.PRINCIPAL, "system:project-service");

    private FixtureConfiguration<Project> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Project.class);
    }

    @Test
    void fundingApprovesAProposal() {
        fixture.given(ProjectMother.historyUntil(ProjectStatus.PROPOSED))
                .when(new ApproveFundedProject(PROJECT_ID, PORTFOLIO, DECISION), REACTION)
                .expectEvents(ProjectMother.statusChanged(ProjectStatus.PROPOSED, ProjectStatus.APPROVED,
                        "Funding approved: decision " + DECISION + " of portfolio " + PORTFOLIO))
                .expectResultMessagePayload(1L);
    }

    @Test
    void fundingOfAProjectApprovedOrClosedAlreadyChangesNothing() {
        for (ProjectStatus state : new ProjectStatus[] { ProjectStatus.APPROVED, ProjectStatus.ACTIVE,
                ProjectStatus.CANCELLED }) {
            fixture.given(ProjectMother.historyUntil(state))
                    .when(new ApproveFundedProject(PROJECT_ID, PORTFOLIO, DECISION), REACTION)
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }
    }

    @Test
    void anotherTenantsFundingFindsNoProject() {
        fixture.given(ProjectMother.historyUntil(ProjectStatus.PROPOSED))
                .when(new ApproveFundedProject(PROJECT_ID, PORTFOLIO, DECISION), Map.of(PmoMetadata.TENANT_ID, "globex",
                        PmoMetadata.PRINCIPAL, "system:project-service"))
                .expectNoEvents()
                .expectException(NotFound.class);
    }
}
