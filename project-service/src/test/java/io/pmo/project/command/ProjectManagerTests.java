package io.pmo.project.command;

import static io.pmo.project.command.ProjectMother.MANAGER;
import static io.pmo.project.command.ProjectMother.OTHER_MANAGER;
import static io.pmo.project.command.ProjectMother.PROJECT_ID;
import static io.pmo.project.command.ProjectMother.as;
import static io.pmo.project.command.ProjectMother.managerAssigned;
import static io.pmo.project.command.ProjectMother.projectCreated;

import java.util.Map;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.pmo.events.project.ProjectRenamed;
import io.pmo.events.project.ProjectStatus;
import io.pmo.platform.domain.NotAllowed;
import io.pmo.platform.domain.NotFound;
import io.pmo.platform.domain.RuleViolated;
import io.pmo.platform.domain.StateConflict;
import io.pmo.platform.messaging.PmoMetadata;
import io.pmo.project.command.ProjectCommands.AssignProjectManager;
import io.pmo.project.command.ProjectCommands.ProjectStarted;

/**
 * "A project manager writes only projects they manage" (CONVENTIONS.md): who becomes the manager on creation,
 * who may write the project afterwards, and handing it over. The caller comes from the command metadata the
 * platform stamps from the token; the HTTP role table already kept VIEWERs and others out.
 */
class ProjectManagerTests {

    private FixtureConfiguration<Project> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Project.class);
    }

    @Test
    void aProjectManagerWhoCreatesAProjectManagesIt() {
        fixture.givenNoPriorActivity()
                .when(ProjectMother.createProject(), as(MANAGER, "PROJECT_MANAGER"))
                .expectEvents(projectCreated(), managerAssigned(MANAGER, null))
                .expectResultMessagePayload(new ProjectStarted(1, MANAGER));
    }

    @Test
    void aProjectManagerCannotCreateAProjectForSomeoneElse() {
        fixture.givenNoPriorActivity()
                .when(ProjectMother.createProjectManagedBy(OTHER_MANAGER), as(MANAGER, "PROJECT_MANAGER"))
                .expectNoEvents()
                .expectException(NotAllowed.class);
    }

    @Test
    void anAdminCreatesAProjectForAManagerOrForNobodyYet() {
        fixture.givenNoPriorActivity()
                .when(ProjectMother.createProjectManagedBy(OTHER_MANAGER), as("dev-acme-pmo_admin", "PMO_ADMIN"))
                .expectEvents(projectCreated(), managerAssigned(OTHER_MANAGER, null))
                .expectResultMessagePayload(new ProjectStarted(1, OTHER_MANAGER));
        fixture.givenNoPriorActivity()
                .when(ProjectMother.createProject(), as("dev-acme-pmo_admin", "PMO_ADMIN"))
                .expectEvents(projectCreated())
                .expectResultMessagePayload(new ProjectStarted(0, null));
    }

    @Test
    void otherRolesCannotCreateProjectsEvenIfTheyGetPastTheRouteTable() {
        fixture.givenNoPriorActivity()
                .when(ProjectMother.createProject(), as("dev-acme-viewer", "VIEWER,RISK_OWNER"))
                .expectNoEvents()
                .expectException(NotAllowed.class);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "has space", "semi;colon" })
    void aManagerIsNamedByAUserId(String managerId) {
        fixture.givenNoPriorActivity()
                .when(ProjectMother.createProjectManagedBy(managerId), as("dev-acme-pmo_admin", "PMO_ADMIN"))
                .expectNoEvents()
                .expectException(RuleViolated.class);
    }

    @Test
    void theManagerWritesTheProject() {
        fixture.given(projectCreated(), managerAssigned(MANAGER, null))
                .when(ProjectMother.rename("Cloud migration"), as(MANAGER, "PROJECT_MANAGER"))
                .expectEvents(new ProjectRenamed(PROJECT_ID, ProjectMother.TENANT_ID, ProjectMother.NAME,
                        "Cloud migration"));
    }

    @Test
    void anotherProjectManagerOfTheSameTenantIsNotAllowedAndChangesNothing() {
        fixture.given(projectCreated(), managerAssigned(MANAGER, null))
                .when(ProjectMother.moveTo(ProjectStatus.CANCELLED, "no"), as(OTHER_MANAGER, "PROJECT_MANAGER"))
                .expectNoEvents()
                .expectException(NotAllowed.class);
    }

    @Test
    void aProjectWithoutManagerIsWrittenOnlyByAdmins() {
        fixture.given(projectCreated())
                .when(ProjectMother.rename("Cloud migration"), as(MANAGER, "PROJECT_MANAGER"))
                .expectNoEvents()
                .expectException(NotAllowed.class);
        fixture.given(projectCreated())
                .when(ProjectMother.rename("Cloud migration"), as("dev-acme-pmo_admin", "PMO_ADMIN"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void anotherTenantLearnsNothingNotEvenThatItIsNotAllowed() {
        fixture.given(projectCreated(), managerAssigned(MANAGER, null))
                .when(ProjectMother.rename("Mine now"), Map.of(PmoMetadata.TENANT_ID, "globex", PmoMetadata.PRINCIPAL,
                        MANAGER, PmoMetadata.ROLES, "PROJECT_MANAGER"))
                .expectNoEvents()
                .expectException(NotFound.class);
    }

    @Test
    void theManagerHandsTheProjectOver() {
        fixture.given(projectCreated(), managerAssigned(MANAGER, null))
                .when(new AssignProjectManager(PROJECT_ID, OTHER_MANAGER, null), as(MANAGER, "PROJECT_MANAGER"))
                .expectEvents(managerAssigned(OTHER_MANAGER, MANAGER))
                .expectResultMessagePayload(2L);
    }

    @Test
    void afterTheHandoverTheFormerManagerIsNotAllowed() {
        fixture.given(projectCreated(), managerAssigned(MANAGER, null), managerAssigned(OTHER_MANAGER, MANAGER))
                .when(ProjectMother.rename("Cloud migration"), as(MANAGER, "PROJECT_MANAGER"))
                .expectNoEvents()
                .expectException(NotAllowed.class);
    }

    @Test
    void assigningTheSameManagerAgainChangesNothing() {
        fixture.given(projectCreated(), managerAssigned(MANAGER, null))
                .when(new AssignProjectManager(PROJECT_ID, MANAGER, null), as("dev-acme-pmo_admin", "PMO_ADMIN"))
                .expectNoEvents()
                .expectResultMessagePayload(1L);
    }

    @Test
    void theManagerOfAClosedProjectCannotChange() {
        fixture.given(ProjectMother.historyUntil(ProjectStatus.CANCELLED))
                .when(new AssignProjectManager(PROJECT_ID, OTHER_MANAGER, null), as("dev-acme-pmo_admin", "PMO_ADMIN"))
                .expectNoEvents()
                .expectException(StateConflict.class);
    }

    @Test
    void internalCommandsAreNotAskedForAManager() {
        fixture.given(projectCreated(), managerAssigned(MANAGER, null))
                .when(ProjectMother.moveTo(ProjectStatus.APPROVED, null), Map.of(PmoMetadata.TENANT_ID,
                        ProjectMother.TENANT_ID, PmoMetadata.PRINCIPAL, "system:portfolio-reaction"))
                .expectEvents(ProjectMother.statusChanged(ProjectStatus.PROPOSED, ProjectStatus.APPROVED, null));
    }

}
