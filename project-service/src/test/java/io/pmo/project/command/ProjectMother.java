package io.pmo.project.command;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.pmo.events.project.ProjectCreated;
import io.pmo.events.project.ProjectManagerAssigned;
import io.pmo.events.project.ProjectStatus;
import io.pmo.events.project.ProjectStatusChanged;
import io.pmo.platform.messaging.PmoMetadata;
import io.pmo.project.command.ProjectCommands.ChangePlannedDates;
import io.pmo.project.command.ProjectCommands.ChangeProjectStatus;
import io.pmo.project.command.ProjectCommands.CreateProject;
import io.pmo.project.command.ProjectCommands.RenameProject;

/** Commands and event histories of one sample project. */
final class ProjectMother {

    static final String PROJECT_ID = "3f2b8c1e-6a4d-4e8f-9b7a-2c5d1e0f4a6b";

    static final String TENANT_ID = "acme";

    static final String NAME = "Data centre migration";

    static final LocalDate START = LocalDate.of(2026, 3, 1);

    static final LocalDate FINISH = LocalDate.of(2026, 12, 31);

    static final String REASON = "Waiting for the budget review";

    /** The transitions the lifecycle allows, written down independently of {@link ProjectLifecycle}. */
    static final Set<Transition> LEGAL_TRANSITIONS = Set.of(
            new Transition(ProjectStatus.PROPOSED, ProjectStatus.APPROVED),
            new Transition(ProjectStatus.APPROVED, ProjectStatus.ACTIVE),
            new Transition(ProjectStatus.ACTIVE, ProjectStatus.ON_HOLD),
            new Transition(ProjectStatus.ON_HOLD, ProjectStatus.ACTIVE),
            new Transition(ProjectStatus.ACTIVE, ProjectStatus.COMPLETED),
            new Transition(ProjectStatus.PROPOSED, ProjectStatus.CANCELLED),
            new Transition(ProjectStatus.APPROVED, ProjectStatus.CANCELLED),
            new Transition(ProjectStatus.ACTIVE, ProjectStatus.CANCELLED),
            new Transition(ProjectStatus.ON_HOLD, ProjectStatus.CANCELLED));

    private ProjectMother() {
    }

    record Transition(ProjectStatus from, ProjectStatus to) {

        @Override
        public String toString() {
            return from + " -> " + to;
        }
    }

    static final String MANAGER = "dev-acme-project_manager";

    static final String OTHER_MANAGER = "pm-bob";

    static CreateProject createProject() {
        return new CreateProject(PROJECT_ID, TENANT_ID, NAME, START, FINISH, null);
    }

    static CreateProject createProjectManagedBy(String managerId) {
        return new CreateProject(PROJECT_ID, TENANT_ID, NAME, START, FINISH, managerId);
    }

    static ProjectManagerAssigned managerAssigned(String managerId, String previousManagerId) {
        return new ProjectManagerAssigned(PROJECT_ID, TENANT_ID, managerId, previousManagerId);
    }

    /** Command metadata as the platform stamps it for an API call of this tenant. */
    static Map<String, Object> as(String principal, String roles) {
        return Map.of(PmoMetadata.TENANT_ID, TENANT_ID, PmoMetadata.PRINCIPAL, principal, PmoMetadata.ROLES, roles);
    }

    static ProjectCreated projectCreated() {
        return new ProjectCreated(PROJECT_ID, TENANT_ID, NAME, START, FINISH, ProjectStatus.PROPOSED);
    }

    static RenameProject rename(String name) {
        return new RenameProject(PROJECT_ID, name, null);
    }

    static ChangePlannedDates changeDates(LocalDate start, LocalDate finish) {
        return new ChangePlannedDates(PROJECT_ID, start, finish, null);
    }

    static ChangeProjectStatus moveTo(ProjectStatus target, String reason) {
        return new ChangeProjectStatus(PROJECT_ID, target, reason, null);
    }

    static ProjectStatusChanged statusChanged(ProjectStatus from, ProjectStatus to, String reason) {
        return new ProjectStatusChanged(PROJECT_ID, TENANT_ID, from, to, reason);
    }

    /** The events of a project that was created and then brought, by legal steps, into {@code state}. */
    static List<Object> historyUntil(ProjectStatus state) {
        List<Object> history = new ArrayList<>();
        history.add(projectCreated());
        List<ProjectStatus> path = switch (state) {
            case PROPOSED -> List.of(ProjectStatus.PROPOSED);
            case APPROVED -> List.of(ProjectStatus.PROPOSED, ProjectStatus.APPROVED);
            case ACTIVE -> List.of(ProjectStatus.PROPOSED, ProjectStatus.APPROVED, ProjectStatus.ACTIVE);
            case ON_HOLD -> List.of(ProjectStatus.PROPOSED, ProjectStatus.APPROVED, ProjectStatus.ACTIVE,
                    ProjectStatus.ON_HOLD);
            case COMPLETED -> List.of(ProjectStatus.PROPOSED, ProjectStatus.APPROVED, ProjectStatus.ACTIVE,
                    ProjectStatus.COMPLETED);
            case CANCELLED -> List.of(ProjectStatus.PROPOSED, ProjectStatus.APPROVED, ProjectStatus.CANCELLED);
        };
        for (int i = 1; i < path.size(); i++) {
            ProjectStatus to = path.get(i);
            history.add(statusChanged(path.get(i - 1), to, needsReason(to) ? REASON : null));
        }
        return history;
    }

    static boolean needsReason(ProjectStatus target) {
        return target == ProjectStatus.ON_HOLD || target == ProjectStatus.CANCELLED;
    }
}
