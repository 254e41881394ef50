package io.pmo.platform.consumer;

/**
 * A message that no retry can fix: not a CloudEvent, an unknown type or revision, data that does not fit its
 * type. It goes to the dead-letter topic at once, with this message as its reason.
 */
public class UnhandleableEventException extends RuntimeException {

    public UnhandleableEventException(String message) {
        super(message);
    }

    public UnhandleableEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
