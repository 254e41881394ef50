package io.pmo.devstack;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Request bodies for the integration tests, built from names and values rather than concatenated strings: quotes,
 * escapes and nesting come out right, and a test reads as the request it sends. Values are written as Jackson
 * writes them: strings, numbers, booleans, null, lists and maps ({@link #object} nests). A value that must reach the
 * server as raw JSON text (a number no Java type holds, {@code 1E+400}) is a {@link Raw}.
 */
final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    /** A JSON value written as is, for what a Java value cannot express (a number beyond double). */
    record Raw(String json) {
    }

    /** An object of name/value pairs, in order: {@code Json.object("name", "ERP", "durationDays", 5)}. */
    static String object(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs");
        }
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < namesAndValues.length; i += 2) {
            json.append(i == 0 ? "" : ",").append(write(namesAndValues[i].toString())).append(':')
                    .append(write(namesAndValues[i + 1]));
        }
        return json.append('}').toString();
    }

    /** An array of values. */
    static String array(Object... values) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) {
            json.append(i == 0 ? "" : ",").append(write(values[i]));
        }
        return json.append(']').toString();
    }

    /** Nested JSON (from {@link #object} or {@link #array}) kept as JSON rather than quoted as a string. */
    static Raw nested(String json) {
        return new Raw(json);
    }

    private static String write(Object value) {
        if (value instanceof Raw raw) {
            return raw.json();
        }
        if (value instanceof List<?> list) {
            return array(list.toArray());
        }
        if (value instanceof Map<?, ?> map) {
            return object(map.entrySet().stream().flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue()))
                    .toArray());
        }
        try {
            return MAPPER.writeValueAsString(value);
        }
        catch (JsonProcessingException ex) {
            throw new IllegalArgumentException(ex);
        }
    }
}
