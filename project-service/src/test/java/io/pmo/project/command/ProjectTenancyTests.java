package io.pmo.project.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.pmo.events.project.ProjectRenamed;
import io.pmo.events.project.ProjectStatus;
import io.pmo.platform.domain.NotFound;
import io.pmo.project.command.ProjectCommands.ChangeProjectStatus;
import io.pmo.project.command.ProjectCommands.RenameProject;

/** The platform's tenant guard on the project aggregate: another tenant's command finds no project. */
class ProjectTenancyTests {

    private AggregateTestFixture<Project> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(Project.class);
    }

    @Test
    void commandFromAnotherTenantIsNotFoundAndChangesNothing() {
        fixture.given(ProjectMother.projectCreated())
                .when(new RenameProject(ProjectMother.PROJECT_ID, "Hijacked", null), MetaData.with("tenantId", "globex"))
                .expectNoEvents()
                .expectExceptionMessage("No such resource")
                .expectException(NotFound.class);
    }

    @Test
    void anotherTenantCannotMoveTheLifecycleEither() {
        fixture.given(ProjectMother.projectCreated())
                .when(new ChangeProjectStatus(ProjectMother.PROJECT_ID, ProjectStatus.CANCELLED, "mine now", null),
                        MetaData.with("tenantId", "globex"))
                .expectNoEvents()
                .expectException(NotFound.class);
    }

    @Test
    void commandFromTheOwningTenantIsHandled() {
        fixture.given(ProjectMother.projectCreated())
                .when(new RenameProject(ProjectMother.PROJECT_ID, "Renamed", null),
                        MetaData.with("tenantId", ProjectMother.TENANT_ID))
                .expectEvents(new ProjectRenamed(ProjectMother.PROJECT_ID, ProjectMother.TENANT_ID, ProjectMother.NAME,
                        "Renamed"));
        assertThat(ProjectMother.TENANT_ID).isNotEqualTo("globex");
    }
}
