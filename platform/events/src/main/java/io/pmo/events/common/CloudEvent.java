package io.pmo.events.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A CloudEvents 1.0 message in structured JSON mode, as published on the {@code pmo.<context>.events} topics.
 * Extensions: {@code tenantid}, {@code principal}, {@code correlationid}, {@code causationid},
 * {@code aggregatesequence}.
 */
public record CloudEvent(String id, String source, String type, String subject, Instant time, String tenantid,
        String principal, String correlationid, String causationid, long aggregatesequence, JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/cloudevents+json";
    public static final String DATA_CONTENT_TYPE = "application/json";

    public CloudEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(data, "data");
    }

    public byte[] toBytes() {
        ObjectNode node = PmoJson.mapper().createObjectNode();
        node.put("specversion", SPEC_VERSION);
        node.put("id", id);
        node.put("source", source);
        node.put("type", type);
        node.put("subject", subject);
        node.put("time", time == null ? null : time.toString());
        node.put("datacontenttype", DATA_CONTENT_TYPE);
        node.put("tenantid", tenantid);
        node.put("principal", principal);
        node.put("correlationid", correlationid);
        node.put("causationid", causationid);
        node.put("aggregatesequence", aggregatesequence);
        node.set("data", data);
        try {
            return PmoJson.mapper().writeValueAsBytes(node);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * Parses a structured-mode CloudEvent.
     * @throws IllegalArgumentException if the bytes are not a CloudEvent of spec version 1.0
     */
    public static CloudEvent parse(byte[] bytes) {
        JsonNode node;
        try {
            node = PmoJson.mapper().readTree(bytes);
        }
        catch (IOException ex) {
            throw new IllegalArgumentException("not JSON: " + ex.getMessage(), ex);
        }
        if (node == null || !node.isObject() || !SPEC_VERSION.equals(text(node, "specversion"))) {
            throw new IllegalArgumentException("not a CloudEvent 1.0 in structured JSON mode");
        }
        String time = text(node, "time");
        JsonNode seq = node.get("aggregatesequence");
        try {
            return new CloudEvent(text(node, "id"), text(node, "source"), text(node, "type"), text(node, "subject"),
                    time == null ? null : Instant.parse(time), text(node, "tenantid"), text(node, "principal"),
                    text(node, "correlationid"), text(node, "causationid"), seq == null ? -1 : seq.asLong(-1),
                    node.get("data"));
        }
        catch (RuntimeException ex) {
            throw new IllegalArgumentException("invalid CloudEvent: " + ex.getMessage(), ex);
        }
    }

    /** The data as the event record of this message's type. */
    public <T> T dataAs(Class<T> eventClass) {
        try {
            return PmoJson.mapper().treeToValue(data, eventClass);
        }
        catch (IOException ex) {
            throw new IllegalArgumentException("data is not a valid " + type + ": " + ex.getMessage(), ex);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
