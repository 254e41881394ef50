package io.pmo.project.command;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import io.pmo.events.project.ProjectStatus;

/**
 * The lifecycle's transitions: PROPOSED -> APPROVED -> ACTIVE <-> ON_HOLD -> ... -> COMPLETED (from ACTIVE),
 * and CANCELLED from every state that is not final.
 */
final class ProjectLifecycle {

    private static final Map<ProjectStatus, Set<ProjectStatus>> NEXT = Map.of(
            ProjectStatus.PROPOSED, EnumSet.of(ProjectStatus.APPROVED, ProjectStatus.CANCELLED),
            ProjectStatus.APPROVED, EnumSet.of(ProjectStatus.ACTIVE, ProjectStatus.CANCELLED),
            ProjectStatus.ACTIVE, EnumSet.of(ProjectStatus.ON_HOLD, ProjectStatus.COMPLETED, ProjectStatus.CANCELLED),
            ProjectStatus.ON_HOLD, EnumSet.of(ProjectStatus.ACTIVE, ProjectStatus.CANCELLED),
            ProjectStatus.COMPLETED, EnumSet.noneOf(ProjectStatus.class),
            ProjectStatus.CANCELLED, EnumSet.noneOf(ProjectStatus.class));

    private ProjectLifecycle() {
    }

    static boolean allows(ProjectStatus from, ProjectStatus to) {
        return NEXT.get(from).contains(to);
    }

    static Set<ProjectStatus> next(ProjectStatus from) {
        return NEXT.get(from);
    }

    static boolean requiresReason(ProjectStatus to) {
        return to == ProjectStatus.ON_HOLD || to == ProjectStatus.CANCELLED;
    }
}
