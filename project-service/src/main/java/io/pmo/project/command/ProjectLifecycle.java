package io.pmo.project.command;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;

import io.pmo.events.project.ProjectCreated;
import io.pmo.events.project.ProjectStatus;
import io.pmo.events.project.ProjectStatusChanged;
import io.pmo.platform.domain.RuleViolated;
import io.pmo.platform.domain.StateConflict;

/**
 * The project's status and its transitions: PROPOSED -> APPROVED -> ACTIVE <-> ON_HOLD -> ... -> COMPLETED (from
 * ACTIVE), and CANCELLED from every state that is not final; and what each state allows: planning while not final,
 * facts while approved or active (corrections also on hold or completed), status reports once approved. A part of
 * the {@link Project}, changed only by the events it is handed.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
final class ProjectLifecycle {

    private static final Map<ProjectStatus, Set<ProjectStatus>> NEXT = Map.of(
            ProjectStatus.PROPOSED, EnumSet.of(ProjectStatus.APPROVED, ProjectStatus.CANCELLED),
            ProjectStatus.APPROVED, EnumSet.of(ProjectStatus.ACTIVE, ProjectStatus.CANCELLED),
            ProjectStatus.ACTIVE, EnumSet.of(ProjectStatus.ON_HOLD, ProjectStatus.COMPLETED, ProjectStatus.CANCELLED),
            ProjectStatus.ON_HOLD, EnumSet.of(ProjectStatus.ACTIVE, ProjectStatus.CANCELLED),
            ProjectStatus.COMPLETED, EnumSet.noneOf(ProjectStatus.class),
            ProjectStatus.CANCELLED, EnumSet.noneOf(ProjectStatus.class));

    private ProjectStatus status;

    ProjectStatus status() {
        return status;
    }

    boolean isFinal() {
        return status.isFinal();
    }

    /** Only a PROPOSED project is approved by its funding. */
    boolean awaitsFunding() {
        return status == ProjectStatus.PROPOSED;
    }

    /** A closed project (completed or cancelled) is not changed any more. */
    void requireOpen(String action) {
        if (status.isFinal()) {
            throw StateConflict.inState("Cannot " + action + " a project that is " + status, status);
        }
    }

    /** Checks a move to {@code target}; answers the reason as recorded (stripped, null if blank). */
    String checkTransition(ProjectStatus target, String reason) {
        if (!NEXT.get(status).contains(target)) {
            throw StateConflict.inState("A project in state " + status + " cannot move to " + target,
                    status, NEXT.get(status));
        }
        String stripped = reason == null || reason.isBlank() ? null : reason.strip();
        if (stripped == null && (target == ProjectStatus.ON_HOLD || target == ProjectStatus.CANCELLED)) {
            throw new RuleViolated("Moving a project to " + target + " needs a reason",
                    "reason", "must not be blank");
        }
        return stripped;
    }

    /**
     * New facts are reported on APPROVED or ACTIVE projects only. Corrections of earlier facts are also taken
     * while the project is ON_HOLD or COMPLETED (a late invoice), never on a PROPOSED or CANCELLED one.
     */
    void requireTracking(boolean correction) {
        boolean open = status == ProjectStatus.APPROVED || status == ProjectStatus.ACTIVE
                || correction && (status == ProjectStatus.ON_HOLD || status == ProjectStatus.COMPLETED);
        if (!open) {
            throw new RuleViolated("Progress and cost are tracked on approved or active projects; this "
                    + "one is " + status, Map.of(StateConflict.CURRENT_STATE, status));
        }
    }

    /** Status reports are filed for approved, active or held projects. */
    void requireReporting() {
        if (status == ProjectStatus.PROPOSED || status.isFinal()) {
            throw new RuleViolated("Status reports are filed for approved, active or held projects; this "
                    + "one is " + status, Map.of(StateConflict.CURRENT_STATE, status));
        }
    }

    void on(ProjectCreated event) {
        status = event.status();
    }

    void on(ProjectStatusChanged event) {
        status = event.to();
    }
}
