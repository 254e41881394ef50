package io.pmo.project.command;

import static io.pmo.project.command.ProjectMother.LEGAL_TRANSITIONS;
import static io.pmo.project.command.ProjectMother.PROJECT_ID;
import static io.pmo.project.command.ProjectMother.TENANT_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.pmo.events.project.ProjectCreated;
import io.pmo.events.project.ProjectStatus;
import io.pmo.events.project.ProjectStatusChanged;
import io.pmo.platform.domain.RuleViolated;
import io.pmo.platform.domain.StateConflict;
import io.pmo.project.command.ProjectMother.Transition;

/** The lifecycle on its own, against the transitions written down independently in {@link ProjectMother}. */
class ProjectLifecycleTests {

    private static ProjectLifecycle in(ProjectStatus status) {
        ProjectLifecycle lifecycle = new ProjectLifecycle();
        lifecycle.on(ProjectMother.projectCreated());
        if (status != ProjectStatus.PROPOSED) {
            lifecycle.on(new ProjectStatusChanged(PROJECT_ID, TENANT_ID, ProjectStatus.PROPOSED, status, null));
        }
        return lifecycle;
    }

    @Test
    void allowsExactlyTheLegalTransitionsAndNamesTheNextStatesOtherwise() {
        for (ProjectStatus from : ProjectStatus.values()) {
            for (ProjectStatus to : ProjectStatus.values()) {
                ProjectLifecycle lifecycle = in(from);
                if (LEGAL_TRANSITIONS.contains(new Transition(from, to))) {
                    assertThat(lifecycle.checkTransition(to, " Why ")).as(from + " -> " + to).isEqualTo("Why");
                }
                else {
                    assertThatThrownBy(() -> lifecycle.checkTransition(to, "Why")).as(from + " -> " + to)
                            .isInstanceOf(StateConflict.class)
                            .satisfies(ex -> assertThat(((StateConflict) ex).details().get(StateConflict.CURRENT_STATE))
                                    .isEqualTo(from));
                }
            }
        }
    }

    @Test
    void holdingOrCancellingNeedsAReason() {
        assertThatThrownBy(() -> in(ProjectStatus.ACTIVE).checkTransition(ProjectStatus.ON_HOLD, " "))
                .isInstanceOf(RuleViolated.class);
        assertThatThrownBy(() -> in(ProjectStatus.PROPOSED).checkTransition(ProjectStatus.CANCELLED, null))
                .isInstanceOf(RuleViolated.class);
        assertThat(in(ProjectStatus.ACTIVE).checkTransition(ProjectStatus.COMPLETED, " ")).isNull();
    }

    @Test
    void newFactsWhileApprovedOrActiveCorrectionsAlsoWhileHeldOrCompleted() {
        Set<ProjectStatus> facts = EnumSet.of(ProjectStatus.APPROVED, ProjectStatus.ACTIVE);
        Set<ProjectStatus> corrections = EnumSet.of(ProjectStatus.APPROVED, ProjectStatus.ACTIVE,
                ProjectStatus.ON_HOLD, ProjectStatus.COMPLETED);
        for (ProjectStatus status : ProjectStatus.values()) {
            assertTakes(facts.contains(status), () -> in(status).requireTracking(false), status);
            assertTakes(corrections.contains(status), () -> in(status).requireTracking(true), status);
            assertTakes(!status.isFinal() && status != ProjectStatus.PROPOSED, () -> in(status).requireReporting(),
                    status);
            assertTakes(!status.isFinal(), () -> in(status).requireOpen("plan"), status);
        }
    }

    private static void assertTakes(boolean takes, org.assertj.core.api.ThrowableAssert.ThrowingCallable check,
            ProjectStatus status) {
        if (takes) {
            assertThatCode(check).as(status.name()).doesNotThrowAnyException();
        }
        else {
            assertThatThrownBy(check).as(status.name()).isInstanceOfAny(RuleViolated.class, StateConflict.class);
        }
    }

    @Test
    void onlyAProposedProjectAwaitsFundingAndTheStatusFollowsTheEvents() {
        assertThat(List.of(ProjectStatus.values())).allSatisfy(status -> assertThat(in(status).awaitsFunding())
                .isEqualTo(status == ProjectStatus.PROPOSED));
        ProjectLifecycle lifecycle = new ProjectLifecycle();
        lifecycle.on(new ProjectCreated(PROJECT_ID, TENANT_ID, "P", null, null, ProjectStatus.PROPOSED));
        lifecycle.on(new ProjectStatusChanged(PROJECT_ID, TENANT_ID, ProjectStatus.PROPOSED, ProjectStatus.CANCELLED,
                "No budget"));
        assertThat(lifecycle.status()).isEqualTo(ProjectStatus.CANCELLED);
        assertThat(lifecycle.isFinal()).isTrue();
    }
}
