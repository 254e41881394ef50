package io.pmo.events.project;

/**
 * Lifecycle of a project: PROPOSED -> APPROVED -> ACTIVE <-> ON_HOLD, ACTIVE -> COMPLETED; CANCELLED from
 * any state that is not final.
 */
public enum ProjectStatus {
    PROPOSED, APPROVED, ACTIVE, ON_HOLD, COMPLETED, CANCELLED;

    public boolean isFinal() {
        return this == COMPLETED || this == CANCELLED;
    }
}
