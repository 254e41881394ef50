package io.pmo.platform.domain;

import java.util.Collection;
import java.util.Map;

/**
 * The request would be fine, but not now: it conflicts with the current state of what it changes (a closed
 * project, a task that still has subtasks, an id that already exists, a stale settings version). The details say
 * what the state is ({@code currentState}) and, where known, where it can go from here ({@code allowedTargets}) or
 * what stands in the way (e.g. {@code subtasks}), so the user can resolve it and retry.
 */
public final class StateConflict extends Rejection {

    /** The detail naming the current state. */
    public static final String CURRENT_STATE = "currentState";

    /** The detail listing the states the current one may move to. */
    public static final String ALLOWED_TARGETS = "allowedTargets";

    /** A conflict that needs no more facts than its message, e.g. "Task t-1 already exists". */
    public StateConflict(String message) {
        this(message, Map.of());
    }

    /** A conflict with further facts, e.g. {@code subtasks} or {@code currentVersion}. */
    public StateConflict(String message, Map<String, Object> details) {
        super(message, details);
    }

    /** Not possible in the current state. */
    public static StateConflict inState(String message, Object currentState) {
        return new StateConflict(message, Map.of(CURRENT_STATE, currentState));
    }

    /** Not possible in the current state, which may move only to {@code allowedTargets}. */
    public static StateConflict inState(String message, Object currentState, Collection<?> allowedTargets) {
        return new StateConflict(message, Map.of(CURRENT_STATE, currentState, ALLOWED_TARGETS, allowedTargets));
    }

    /** The current state, or null when the conflict does not name one. */
    public Object currentState() {
        return details().get(CURRENT_STATE);
    }

    /**
     * If-Match on an aggregate that may not exist yet (a tenant's settings): it must exist at exactly that version.
     * @param current the aggregate's version, null while it does not exist
     */
    public static void requireVersion(Long expected, Long current, String what) {
        if (expected == null || expected.equals(current)) {
            return;
        }
        throw new StateConflict(current == null ? "There are no " + what + " yet: write them without If-Match"
                : "The " + what + " are at version " + current + ", not " + expected,
                current == null ? Map.of() : Map.of("currentVersion", current));
    }
}
