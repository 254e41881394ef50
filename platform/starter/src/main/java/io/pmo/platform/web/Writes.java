package io.pmo.platform.web;

import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * Sends a command whose handler answers the aggregate's new version, and answers it as a {@code long}: the one
 * place that turns a handler's result into the version a write response and its ETag carry.
 */
public final class Writes {

    private Writes() {
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
