package io.pmo.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The manifests under {@code infra/deploy/kubernetes}, parsed, with what the tests need to reason about them: each
 * Deployment's Spring settings as its service would see them, and what the services' own sources say (their config
 * files, processing groups and Kafka consumer groups).
 */
final class KubernetesManifests {

    static final String KUSTOMIZATION = "kustomization.yaml";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^:}]+)(?::([^}]*))?}");

    private final Path folder;

    private final List<Document> documents;

    /** One YAML document of a manifest file. */
    record Document(Path file, JsonNode node) {

        String kind() {
            return node.path("kind").asText();
        }

        String name() {
            return node.path("metadata").path("name").asText();
        }

        @Override
        public String toString() {
            return file.getFileName() + ": " + kind() + " " + name();
        }
    }

    private KubernetesManifests(Path folder, List<Document> documents) {
        this.folder = folder;
        this.documents = documents;
    }

    static KubernetesManifests load() {
        Path folder = DeployFiles.file("kubernetes");
        List<Document> documents = new ArrayList<>();
        for (Path file : manifestFiles(folder)) {
            documents.addAll(read(file));
        }
        return new KubernetesManifests(folder, documents);
    }

    /** The YAML files of the folder that are manifests (all but the kustomization). */
    static List<Path> manifestFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().matches(".*\\.ya?ml"))
                    .filter(file -> !file.getFileName().toString().equals(KUSTOMIZATION))
                    .sorted()
                    .toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Document> read(Path file) {
        try (JsonParser parser = YAML.getFactory().createParser(file.toFile())) {
            List<Document> documents = new ArrayList<>();
            YAML.readValues(parser, JsonNode.class).forEachRemaining(node -> {
                if (node != null && !node.isNull() && !node.isMissingNode()) {
                    documents.add(new Document(file, node));
                }
            });
            return documents;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path folder() {
        return folder;
    }

    List<Document> documents() {
        return documents;
    }

    List<JsonNode> ofKind(String kind) {
        return documents.stream().filter(d -> d.kind().equals(kind)).map(Document::node).toList();
    }

    Optional<JsonNode> named(String kind, String name) {
        return documents.stream().filter(d -> d.kind().equals(kind) && d.name().equals(name))
                .map(Document::node).findFirst();
    }

    static String name(JsonNode object) {
        return object.path("metadata").path("name").asText();
    }

    /** The pod template's spec of a Deployment or a Job. */
    static JsonNode podSpec(JsonNode workload) {
        return workload.path("spec").path("template").path("spec");
    }

    /** The (one) application container of a Deployment or a Job. */
    static JsonNode container(JsonNode workload) {
        return podSpec(workload).path("containers").path(0);
    }

    /** What a container's environment variable holds, resolving ConfigMap references; Secrets stay unknown. */
    Optional<String> env(JsonNode container, String variable) {
        for (JsonNode entry : container.path("env")) {
            if (entry.path("name").asText().equals(variable)) {
                if (entry.has("value")) {
                    return Optional.of(entry.path("value").asText());
                }
                JsonNode ref = entry.path("valueFrom").path("configMapKeyRef");
                return configMapValue(ref.path("name").asText(), ref.path("key").asText());
            }
        }
        for (JsonNode source : container.path("envFrom")) {
            String prefix = source.path("prefix").asText("");
            if (source.has("configMapRef") && variable.startsWith(prefix)) {
                Optional<String> value = configMapValue(source.path("configMapRef").path("name").asText(),
                        variable.substring(prefix.length()));
                if (value.isPresent()) {
                    return value;
                }
            }
        }
        return Optional.empty();
    }

    Optional<String> configMapValue(String configMap, String key) {
        return named("ConfigMap", configMap).map(map -> map.path("data").get(key)).map(JsonNode::asText);
    }

    /**
     * A Deployment's Spring settings in Spring Boot's order: the container's environment (relaxed binding), then the
     * per-service file it mounts through {@code SPRING_CONFIG_ADDITIONALLOCATION}, then the service's own config
     * file, then the platform starter's defaults. The service's config name is the Deployment's name.
     */
    SpringSettings settings(JsonNode deployment) {
        String service = name(deployment);
        JsonNode container = container(deployment);
        List<Map<String, String>> files = new ArrayList<>();
        env(container, "SPRING_CONFIG_ADDITIONALLOCATION")
                .map(location -> location.replaceFirst("^optional:", "").replaceFirst("^file:", ""))
                .flatMap(directory -> mountedFile(deployment, directory, service + ".yaml"))
                .ifPresent(text -> files.add(flatten(text)));
        files.add(flatten(text(ServiceSources.module(service).resolve("src/main/resources/" + service + ".yml"))));
        files.add(platformDefaults());
        return new SpringSettings(variable -> env(container, variable), files);
    }

    /** The text of a file in a directory the Deployment mounts from a ConfigMap. */
    private Optional<String> mountedFile(JsonNode deployment, String directory, String file) {
        String mountPath = directory.endsWith("/") ? directory.substring(0, directory.length() - 1) : directory;
        for (JsonNode mount : container(deployment).path("volumeMounts")) {
            if (mount.path("mountPath").asText().equals(mountPath)) {
                for (JsonNode volume : podSpec(deployment).path("volumes")) {
                    if (volume.path("name").asText().equals(mount.path("name").asText())
                            && volume.has("configMap")) {
                        return configMapValue(volume.path("configMap").path("name").asText(), file);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Spring settings from environment variables and config files, highest precedence first. */
    static final class SpringSettings {

        private final Function<String, Optional<String>> environment;

        private final List<Map<String, String>> files;

        SpringSettings(Function<String, Optional<String>> environment,
                List<Map<String, String>> files) {
            this.environment = environment;
            this.files = files;
        }

        /** A property by its canonical name ({@code pmo.consumer.concurrency}), placeholders resolved. */
        Optional<String> get(String property) {
            Optional<String> value = environment.apply(environmentName(property));
            for (int i = 0; value.isEmpty() && i < files.size(); i++) {
                value = Optional.ofNullable(files.get(i).get(property));
            }
            return value.map(this::resolve);
        }

        String require(String property) {
            return get(property).orElseThrow(() -> new AssertionError(property + " is not set"));
        }

        private String resolve(String value) {
            Matcher placeholder = PLACEHOLDER.matcher(value);
            StringBuilder resolved = new StringBuilder();
            while (placeholder.find()) {
                String name = placeholder.group(1);
                String replacement = environment.apply(name)
                        .or(() -> get(name))
                        .orElse(placeholder.group(2) == null ? placeholder.group() : placeholder.group(2));
                placeholder.appendReplacement(resolved, Matcher.quoteReplacement(replacement));
            }
            return placeholder.appendTail(resolved).toString();
        }

        /** Spring Boot's environment-variable form of a property: upper case, dots to underscores, no dashes. */
        static String environmentName(String property) {
            return property.replace("-", "").replace('.', '_').toUpperCase(Locale.ROOT);
        }
    }

    private static Map<String, String> flatten(String yaml) {
        try {
            Map<String, String> flat = new LinkedHashMap<>();
            flatten("", YAML.readTree(yaml), flat);
            return flat;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> flat) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return;
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> flatten(
                    prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue(), flat));
        }
        else if (node.isValueNode()) {
            flat.put(prefix, node.asText());
        }
    }

    private static String text(Path file) {
        try {
            return Files.readString(file);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> platformDefaults() {
        Properties defaults = new Properties();
        try (InputStream in = Files.newInputStream(
                ServiceSources.module("platform/starter").resolve("src/main/resources/pmo-defaults.properties"))) {
            defaults.load(in);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> flat = new LinkedHashMap<>();
        defaults.stringPropertyNames().forEach(name -> flat.put(name, defaults.getProperty(name)));
        return flat;
    }
}
