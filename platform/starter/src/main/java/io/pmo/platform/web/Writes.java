package io.pmo.platform.web;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;

/**
 * Sends a command whose handler answers the aggregate's new version, and answers it as a {@code long}: the one
 * place that turns a handler's result into the version a write response and its ETag carry.
 */
public final class Writes {

    private Writes() {
    }

    /** The body of a write that changed a resource: its id and the new version (also the ETag). */
    public record Result(String id, long version) {
    }

    /** Sends the command and answers 200 with {@link Result} and the new version as ETag. */
    public static ResponseEntity<Result> ok(CommandGateway commands, String id, Object command) {
        long version = version(commands, command);
        return ResponseEntity.ok().eTag(IfMatch.etag(version)).body(new Result(id, version));
    }

    /**
     * @throws IllegalStateException if the handler answered no version (a handler that should)
     */
    public static long version(CommandGateway commands, Object command) {
        Object result = commands.sendAndWait(command);
        if (result instanceof Number version) {
            return version.longValue();
        }
        throw new IllegalStateException(command.getClass().getSimpleName() + " answered " + result
                + " where its handler should answer the new version");
    }
}
