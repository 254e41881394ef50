package io.pmo.platform.web;

import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * A rule of the domain refused a command. The status says which kind: 409 for a conflict with the current
 * state, 422 for a request the rules do not allow, 403 for a caller the rules do not allow, 404 for something
 * that does not exist (for this tenant).
 * Properties are added to the problem+json body (e.g. {@code currentState}).
 */
public class DomainException extends RuntimeException {

    private final HttpStatus status;

    private final Map<String, Object> properties;

    public DomainException(HttpStatus status, String message, Map<String, Object> properties) {
        super(message);
        this.status = status;
        this.properties = Map.copyOf(properties);
    }

    public static DomainException conflict(String message, Map<String, Object> properties) {
        return new DomainException(HttpStatus.CONFLICT, message, properties);
    }

    public static DomainException unprocessable(String message, Map<String, Object> properties) {
        return new DomainException(HttpStatus.UNPROCESSABLE_CONTENT, message, properties);
    }

    /** A 422 for one field the rules refuse, with the same {@code errors} shape as a validation failure. */
    public static DomainException unprocessable(String message, String field, String fieldMessage) {
        return unprocessable(message, Map.of("errors", java.util.List.of(Map.of("field", field, "message", fieldMessage))));
    }

    /** The caller may not do this to a resource they can see, e.g. a project they do not manage. */
    public static DomainException forbidden(String message) {
        return new DomainException(HttpStatus.FORBIDDEN, message, Map.of());
    }

    public static DomainException notFound(String message) {
        return new DomainException(HttpStatus.NOT_FOUND, message, Map.of());
    }

    public HttpStatus status() {
        return status;
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
