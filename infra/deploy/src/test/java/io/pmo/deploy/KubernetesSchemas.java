package io.pmo.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The Kubernetes API types as strict JSON Schemas, built from the {@code schema/validation-schema.json} that each
 * fabric8 model jar on the test class path carries. Those schemas are loose (every object admits any other field,
 * {@code IntOrString} and {@code Quantity} are modelled as Java objects, {@code required} is draft-03 style), so a
 * misspelt field would pass. Made strict here the way kubeconform's strict schemas are: an object that lists its
 * properties admits no others (maps such as labels keep their value schema), {@code IntOrString} is an integer or a
 * string, {@code Quantity} a string or a number, {@code apiVersion} and {@code kind} must be the type's own.
 */
final class KubernetesSchemas {

    /** fabric8's code-generation keywords, meaningless to a validator. */
    private static final Set<String> GENERATOR_KEYWORDS = Set.of("javaType", "existingJavaType", "javaInterfaces",
            "javaOmitEmpty", "javaEnumNames", "serializer", "deserializer", "$module", "id", "$schema");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ObjectNode definitions;

    /** (apiVersion + " " + kind) of each top-level type -> the name of its definition. */
    private final Map<String, String> kinds;

    private final Map<String, JsonSchema> compiled = new HashMap<>();

    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);

    private KubernetesSchemas(ObjectNode definitions, Map<String, String> kinds) {
        this.definitions = definitions;
        this.kinds = kinds;
    }

    /** Reads every copy of fabric8's validation schema on the class path and merges their definitions. */
    static KubernetesSchemas fromClassPath() {
        ObjectMapper json = new ObjectMapper();
        Map<String, JsonNode> merged = new TreeMap<>();
        try {
            List<URL> copies = Collections.list(
                    KubernetesSchemas.class.getClassLoader().getResources("schema/validation-schema.json"));
            if (copies.isEmpty()) {
                throw new IllegalStateException("no fabric8 schema/validation-schema.json on the class path");
            }
            for (URL copy : copies) {
                try (InputStream in = copy.openStream()) {
                    json.readTree(in).path("definitions").fields().forEachRemaining(definition -> {
                        // the same type in several jars differs only in generator hints or in a newer field:
                        // keep the copy that knows the most properties
                        JsonNode known = merged.get(definition.getKey());
                        if (known == null || definition.getValue().path("properties").size()
                                > known.path("properties").size()) {
                            merged.put(definition.getKey(), definition.getValue());
                        }
                    });
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ObjectNode definitions = NODES.objectNode();
        Map<String, String> kinds = new TreeMap<>();
        merged.forEach((name, definition) -> {
            JsonNode properties = definition.path("properties");
            String apiVersion = properties.path("apiVersion").path("default").asText("");
            String kind = properties.path("kind").path("default").asText("");
            if (!apiVersion.isEmpty() && !kind.isEmpty()) {
                kinds.putIfAbsent(apiVersion + " " + kind, name);
            }
            definitions.set(name, strict(name, definition.deepCopy()));
        });
        return new KubernetesSchemas(definitions, kinds);
    }

    boolean knows(String apiVersion, String kind) {
        return kinds.containsKey(apiVersion + " " + kind);
    }

    /**
     * The problems of one manifest document against its type; a document whose apiVersion and kind name no known type
     * is one problem.
     */
    List<String> problems(JsonNode document) {
        String key = document.path("apiVersion").asText() + " " + document.path("kind").asText();
        String definition = kinds.get(key);
        if (definition == null) {
            return List.of("unknown apiVersion and kind: " + key);
        }
        JsonSchema schema = compiled.computeIfAbsent(definition, name -> {
            ObjectNode root = NODES.objectNode();
            root.set("definitions", definitions);
            root.putArray("allOf").addObject().put("$ref", "#/definitions/" + name);
            return factory.getSchema(root);
        });
        List<String> problems = new ArrayList<>();
        for (ValidationMessage message : schema.validate(document)) {
            problems.add(message.getMessage());
        }
        return problems;
    }

    private static JsonNode strict(String name, ObjectNode definition) {
        if (name.endsWith("_IntOrString")) {
            return types("integer", "string");
        }
        if (name.endsWith("_Quantity")) {
            return types("string", "number");
        }
        tighten(definition);
        return definition;
    }

    /** Walks a schema through the places that hold schemas: properties, items, map values, combinations. */
    private static void tighten(JsonNode node) {
        if (!(node instanceof ObjectNode schema)) {
            return;
        }
        schema.remove(GENERATOR_KEYWORDS);
        if (schema.get("properties") instanceof ObjectNode properties) {
            ArrayNode required = NODES.arrayNode();
            properties.fields().forEachRemaining(property -> {
                if (property.getValue() instanceof ObjectNode propertySchema) {
                    if (propertySchema.path("required").isBoolean()
                            && propertySchema.remove("required").asBoolean()) {
                        required.add(property.getKey());
                    }
                    // the type's own apiVersion and kind, not merely some string
                    if (Set.of("apiVersion", "kind").contains(property.getKey()) && propertySchema.has("default")) {
                        propertySchema.putArray("enum").add(propertySchema.get("default"));
                    }
                    tighten(propertySchema);
                }
            });
            if (!required.isEmpty()) {
                schema.set("required", required);
            }
            if (!schema.path("additionalProperties").isObject()) {
                schema.put("additionalProperties", false);
            }
        }
        tighten(schema.get("items"));
        tighten(schema.get("additionalProperties"));
        for (String combination : List.of("allOf", "anyOf", "oneOf")) {
            schema.path(combination).forEach(KubernetesSchemas::tighten);
        }
    }

    private static ObjectNode types(String... types) {
        ObjectNode schema = NODES.objectNode();
        ArrayNode list = schema.putArray("type");
        for (String type : types) {
            list.add(type);
        }
        return schema;
    }
}
