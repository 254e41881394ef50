package io.pmo.platform.domain;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A rule of the domain refuses the input, whatever the current state: a blank name, a negative amount, a
 * dependency cycle. The fields at fault are listed under {@code errors} as {@code {field, message}}, the same
 * shape as a validation failure, so a client shows both the same way.
 */
public final class RuleViolated extends Rejection {

    /** The detail listing the fields at fault. */
    public static final String ERRORS = "errors";

    /** A rule broken by the request as a whole, naming no field. */
    public RuleViolated(String message) {
        this(message, Map.of());
    }

    /** A rule broken by one field, e.g. {@code ("A task needs a name", "name", "must not be blank")}. */
    public RuleViolated(String message, String field, String fieldMessage) {
        this(message, Map.of(ERRORS, List.of(fieldError(field, fieldMessage))));
    }

    /**
     * A rule broken with further facts, e.g. the {@code cycle} a dependency would close or the {@code currentState}
     * a rule depends on; the fields at fault, if any, under {@link #ERRORS} as built by {@link #fieldError}.
     */
    public RuleViolated(String message, Map<String, Object> details) {
        super(message, details);
    }

    /** One entry of {@link #ERRORS}: the field at fault (a path such as {@code predecessors[0].type}) and why. */
    public static Map<String, String> fieldError(String field, String message) {
        return Map.of("field", field, "message", message);
    }

    /** The fields at fault, in order; empty when the rule names none. */
    public List<String> fields() {
        if (!(details().get(ERRORS) instanceof List<?> errors)) {
            return List.of();
        }
        return errors.stream().map(error -> error instanceof Map<?, ?> map ? map.get("field") : null)
                .filter(Objects::nonNull).map(String::valueOf).toList();
    }
}
