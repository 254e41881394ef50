package io.pmo.platform.consumer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Turns the JSON data of one published revision of an event into the next revision's JSON, so that a consumer
 * built against revision N still reads the revisions before it, which stay on the topic forever. Declare one
 * bean per step ({@code v1 -> v2}, {@code v2 -> v3}); the toolkit chains them. An older revision without a
 * complete chain is dead-lettered, never guessed.
 */
public interface CloudEventUpcaster {

    /** The CloudEvents type without its revision, e.g. {@code io.pmo.project.ProjectRenamed}. */
    String eventType();

    /** The revision this upcaster reads; it produces {@code fromRevision() + 1}. */
    int fromRevision();

    /** The data in the next revision's shape; must not modify its argument. */
    JsonNode upcast(JsonNode data);
}
