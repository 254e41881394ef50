package io.pmo.platform.domain;

import java.util.Map;

/**
 * A command or request the domain refuses, with a message a user can act on and the facts that explain it
 * ({@link #details()}, e.g. {@code currentState}). There are four kinds, and only four, so whoever answers a
 * client (the web layer's problem+json advice) maps each kind once: a {@link RuleViolated rule broken}, a
 * {@link StateConflict conflict with the current state}, something {@link NotFound not found} and something the
 * caller is {@link NotAllowed not allowed} to do. This package knows nothing of HTTP, Spring or JSON: an aggregate
 * says what went wrong, not which status code that becomes.
 */
public abstract sealed class Rejection extends RuntimeException
        permits RuleViolated, StateConflict, NotFound, NotAllowed {

    private final Map<String, Object> details;

    protected Rejection(String message, Map<String, Object> details) {
        super(message);
        this.details = Map.copyOf(details);
    }

    /**
     * The facts behind the rejection, by name, as plain values (strings, numbers, enums, dates, lists and maps of
     * them); the web layer adds each as a property of the problem+json body, so the names are part of the API.
     */
    public Map<String, Object> details() {
        return details;
    }
}
