package io.pmo.events.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * Validates published messages against the JSON Schemas of this module, e.g. in an integration test that reads
 * a topic: {@link #validateEnvelope} for the CloudEvent, {@link #validate} for its data. Schemas are loaded from
 * the classpath once and cached. {@code format} is asserted (uuid, date, date-time), not only annotated, so
 * the Java check is at least as strict as a non-Java reader that relies on the patterns.
 */
public final class EventSchemas {

    /** The classpath resource of the CloudEvents envelope schema. */
    public static final String ENVELOPE_RESOURCE = "/schemas/cloudevent.json";

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .build();

    private static final Map<String, JsonSchema> CACHE = new ConcurrentHashMap<>();

    private EventSchemas() {
    }

    /**
     * Checks the {@code data} of a CloudEvent against the schema of its type.
     * @return the violations, empty if the data is valid; one violation if the type is not a published one
     */
    public static List<String> validate(String cloudEventType, JsonNode data) {
        Optional<Class<?>> eventClass = EventCatalog.forType(cloudEventType);
        if (eventClass.isEmpty()) {
            return List.of("unknown CloudEvents type: " + cloudEventType);
        }
        return messages(schema(EventCatalog.schemaResource(eventClass.get())), data);
    }

    /**
     * Checks a whole structured-mode CloudEvent against {@code cloudevent.json} (the envelope only; use
     * {@link #validateMessage} to check its data as well).
     * @return the violations, empty if the envelope is valid
     */
    public static List<String> validateEnvelope(JsonNode cloudEvent) {
        return messages(schema(ENVELOPE_RESOURCE), cloudEvent);
    }

    /**
     * Checks a whole structured-mode CloudEvent: its envelope, then its data against the schema of its type.
     * @return the violations of both, envelope first, empty if the message is valid
     */
    public static List<String> validateMessage(JsonNode cloudEvent) {
        List<String> violations = new ArrayList<>(validateEnvelope(cloudEvent));
        JsonNode type = cloudEvent == null ? null : cloudEvent.get("type");
        JsonNode data = cloudEvent == null ? null : cloudEvent.get("data");
        if (type != null && type.isTextual() && data != null) {
            validate(type.asText(), data).forEach(violation -> violations.add("data: " + violation));
        }
        return List.copyOf(violations);
    }

    private static List<String> messages(JsonSchema schema, JsonNode instance) {
        if (instance == null) {
            return List.of("no JSON to validate");
        }
        return schema.validate(instance).stream().map(ValidationMessage::getMessage).toList();
    }

    private static JsonSchema schema(String resource) {
        return CACHE.computeIfAbsent(resource, EventSchemas::load);
    }

    private static JsonSchema load(String resource) {
        try (InputStream in = EventSchemas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No JSON Schema on the classpath at " + resource);
            }
            return FACTORY.getSchema(in, CONFIG);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read the JSON Schema " + resource, ex);
        }
    }
}
