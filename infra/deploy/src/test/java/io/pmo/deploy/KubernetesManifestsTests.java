package io.pmo.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.pmo.deploy.KubernetesManifests.Document;
import io.pmo.deploy.KubernetesManifests.SpringSettings;

/**
 * The Kubernetes manifests: every document is a valid object of a known API type (strict schemas), and the
 * settings that let several replicas of a service share its work are consistent with each other and with what the
 * services' sources declare: partitions, consumer groups, Axon segments, probes, resources, shutdown.
 */
class KubernetesManifestsTests {

    /** The API types these manifests may use; anything else is a mistake or needs a schema jar first. */
    private static final Set<String> KINDS = Set.of("v1 Namespace", "v1 ConfigMap", "v1 Service",
            "apps/v1 Deployment", "policy/v1 PodDisruptionBudget", "batch/v1 Job", "networking.k8s.io/v1 Ingress");

    private static final Pattern CREATED_TOPIC = Pattern.compile("(?m)^\\s*create (\\S+)\\s*$");

    private static final Pattern PARTITIONS = Pattern.compile("--partitions \"?\\$\\{?(\\w+)}?\"?");

    /** Environment variables that the JVM, not Spring, reads. */
    private static final Set<String> NOT_SPRING = Set.of("JAVA_TOOL_OPTIONS");

    private static final Pattern YAML_PLACEHOLDER = Pattern.compile("\\$\\{([^:}]+)");

    private static KubernetesSchemas schemas;

    private static KubernetesManifests manifests;

    @BeforeAll
    static void load() {
        schemas = KubernetesSchemas.fromClassPath();
        manifests = KubernetesManifests.load();
    }

    @Test
    void everyDocumentIsAValidObjectOfAKnownKind() {
        assertThat(manifests.documents()).as("manifest documents").hasSizeGreaterThan(10);
        Map<String, List<String>> problems = new HashMap<>();
        for (Document document : manifests.documents()) {
            String type = document.node().path("apiVersion").asText() + " " + document.kind();
            List<String> found = new ArrayList<>(schemas.problems(document.node()));
            if (!KINDS.contains(type)) {
                found.add("not one of the kinds these manifests use: " + type);
            }
            if (!found.isEmpty()) {
                problems.put(document.toString(), found);
            }
        }
        assertThat(problems).as("schema problems").isEmpty();
        assertThat(KINDS).allSatisfy(kind -> assertThat(schemas.knows(kind.split(" ")[0], kind.split(" ")[1]))
                .as("a schema for " + kind).isTrue());
    }

    @Test
    void strictSchemasRejectAMisspeltFieldAWrongTypeAndAForeignVersion() {
        JsonNode deployment = deployment("project-service");
        assertThat(schemas.problems(deployment)).isEmpty();

        ObjectNode misspelt = deployment.deepCopy();
        ObjectNode container = (ObjectNode) KubernetesManifests.container(misspelt);
        container.set("readinesProbe", container.remove("readinessProbe"));
        assertThat(schemas.problems(misspelt)).anySatisfy(problem -> assertThat(problem).contains("readinesProbe"));

        ObjectNode wrongType = deployment.deepCopy();
        ((ObjectNode) wrongType.path("spec")).put("replicas", "two");
        assertThat(schemas.problems(wrongType)).anySatisfy(problem -> assertThat(problem).contains("replicas"));

        ObjectNode portAsObject = deployment.deepCopy();
        ((ObjectNode) KubernetesManifests.container(portAsObject).path("livenessProbe").path("httpGet"))
                .putObject("port").put("IntVal", 8081);
        assertThat(schemas.problems(portAsObject)).anySatisfy(problem -> assertThat(problem).contains("port"));

        ObjectNode memoryAsObject = deployment.deepCopy();
        ((ObjectNode) KubernetesManifests.container(memoryAsObject).path("resources").path("limits"))
                .putObject("memory").put("Format", "BinarySI");
        assertThat(schemas.problems(memoryAsObject)).anySatisfy(problem -> assertThat(problem).contains("memory"));

        ObjectNode oldVersion = deployment.deepCopy();
        oldVersion.put("apiVersion", "extensions/v1beta1");
        assertThat(schemas.problems(oldVersion)).isNotEmpty();

        ObjectNode wrongKind = deployment.deepCopy();
        wrongKind.put("kind", "StatefulSet").put("apiVersion", "apps/v1");
        assertThat(schemas.problems(wrongKind)).isNotEmpty();
    }

    @Test
    void kustomizationListsEveryManifestAndOnlyExistingOnes() {
        JsonNode kustomization = KubernetesManifests.read(manifests.folder().resolve(KubernetesManifests.KUSTOMIZATION))
                .get(0).node();
        List<String> listed = StreamSupport.stream(kustomization.path("resources").spliterator(), false)
                .map(JsonNode::asText).toList();
        List<String> files = KubernetesManifests.manifestFiles(manifests.folder()).stream()
                .map(file -> file.getFileName().toString()).toList();
        assertThat(listed).as("resources of the kustomization").doesNotHaveDuplicates()
                .allSatisfy(resource -> assertThat(manifests.folder().resolve(resource)).isRegularFile())
                .containsExactlyInAnyOrderElementsOf(files);
        assertThat(kustomization.path("namespace").asText())
                .isEqualTo(KubernetesManifests.name(manifests.ofKind("Namespace").get(0)));
    }

    @Test
    void servicesAreGivenThePartitionsTheTopicJobCreates() {
        Map<String, Integer> created = createdTopics();
        assertThat(created).containsOnlyKeys("pmo.project.events", "pmo.portfolio.events", "pmo.resource.events",
                "pmo.risk.events");
        for (JsonNode deployment : services()) {
            SpringSettings settings = manifests.settings(deployment);
            int partitions = Integer.parseInt(settings.require("pmo.events.partitions"));
            // a publisher creates its own topic with this count if the Job has not run; the others never use it,
            // but are given the same settings and must not disagree
            List<String> topics = settings.get("pmo.context").filter(context -> !context.isBlank())
                    .map(context -> List.of("pmo." + context + ".events")).orElse(List.copyOf(created.keySet()));
            for (String topic : topics) {
                assertThat(partitions).as("pmo.events.partitions of %s against %s",
                        KubernetesManifests.name(deployment), topic).isEqualTo(created.get(topic));
            }
        }
    }

    @Test
    void everyTopicHasAPartitionForEveryListenerThreadOfEveryConsumingDeployment() {
        Map<String, Integer> created = createdTopics();
        List<String> checked = new ArrayList<>();
        for (JsonNode deployment : services()) {
            String service = KubernetesManifests.name(deployment);
            int threads = replicas(deployment)
                    * Integer.parseInt(manifests.settings(deployment).require("pmo.consumer.concurrency"));
            for (ServiceSources.Consumer consumer : ServiceSources.consumers(service)) {
                for (String topic : consumer.topics()) {
                    assertThat(created).as("topics the Job creates").containsKey(topic);
                    assertThat(created.get(topic))
                            .as("partitions of %s for %s (replicas x pmo.consumer.concurrency)", topic, service)
                            .isGreaterThanOrEqualTo(threads);
                    checked.add(service + " <- " + topic);
                }
            }
        }
        // project, portfolio, resource and risk follow one topic each; reporting reads all four
        assertThat(checked).hasSize(8);
    }

    @Test
    void eachServiceIsOneKafkaConsumerGroupNamedAfterIt() {
        for (JsonNode deployment : services()) {
            String service = KubernetesManifests.name(deployment);
            List<ServiceSources.Consumer> consumers = ServiceSources.consumers(service);
            assertThat(consumers).as("consumer groups of " + service).hasSize(1);
            assertThat(consumers.get(0).group()).as("consumer group of " + service).isEqualTo(service)
                    .isEqualTo(manifests.settings(deployment).require("spring.application.name"));
        }
    }

    @Test
    void everyPooledProcessorHasASegmentForEveryReplicaAndEachReplicaClaimsOnlyItsShare() {
        for (JsonNode deployment : services()) {
            String service = KubernetesManifests.name(deployment);
            SpringSettings settings = manifests.settings(deployment);
            Set<String> processors = new HashSet<>(ServiceSources.processingGroups(service));
            if (settings.get("pmo.context").filter(context -> !context.isBlank()).isPresent()
                    && settings.get("pmo.events.publish").map(Boolean::parseBoolean).orElse(true)) {
                processors.add("kafka-publisher");
            }
            assertThat(processors).as("processing groups of " + service).isNotEmpty();
            int maxClaimed = Integer.parseInt(settings.require("pmo.processors.max-claimed-segments"));
            for (String processor : processors) {
                String prefix = "axon.eventhandling.processors." + processor + ".";
                assertThat(settings.get(prefix + "mode")).as(prefix + "mode").hasValue("pooled");
                int segments = Integer.parseInt(settings.require(prefix + "initial-segment-count"));
                assertThat(segments).as(prefix + "initial-segment-count of " + service)
                        .isGreaterThanOrEqualTo(replicas(deployment));
                assertThat(maxClaimed).as("one replica of " + service + " may not claim every segment of " + processor)
                        .isPositive().isLessThan(segments);
                assertThat(maxClaimed * replicas(deployment))
                        .as("the replicas of " + service + " together claim every segment of " + processor)
                        .isGreaterThanOrEqualTo(segments);
            }
        }
    }

    @Test
    void everyDeploymentRunsSeveralReplicasSpreadOverNodesBehindAServiceAndADisruptionBudget() {
        for (JsonNode deployment : manifests.ofKind("Deployment")) {
            String name = KubernetesManifests.name(deployment);
            JsonNode podLabels = deployment.path("spec").path("template").path("metadata").path("labels");
            assertThat(replicas(deployment)).as("replicas of " + name).isGreaterThanOrEqualTo(2);
            assertThat(selects(deployment.path("spec").path("selector").path("matchLabels"), podLabels)).isTrue();
            assertThat(podSpec(deployment).path("topologySpreadConstraints")).as("spread of " + name)
                    .anySatisfy(spread -> {
                        assertThat(spread.path("topologyKey").asText()).isEqualTo("kubernetes.io/hostname");
                        assertThat(spread.path("maxSkew").asInt()).isEqualTo(1);
                        assertThat(selects(spread.path("labelSelector").path("matchLabels"), podLabels)).isTrue();
                    });
            JsonNode budget = manifests.named("PodDisruptionBudget", name).orElseThrow();
            assertThat(selects(budget.path("spec").path("selector").path("matchLabels"), podLabels)).isTrue();
            assertThat(budget.path("spec").path("maxUnavailable").asInt(Integer.MAX_VALUE))
                    .isLessThan(replicas(deployment));
            JsonNode service = manifests.named("Service", name).orElseThrow();
            assertThat(selects(service.path("spec").path("selector"), podLabels)).isTrue();
            assertThat(service.path("spec").path("ports").path(0).path("port").asInt())
                    .isEqualTo(containerPort(deployment));
        }
    }

    @Test
    void probesAskTheActuatorHealthGroupsOnTheServerPort() {
        for (JsonNode deployment : manifests.ofKind("Deployment")) {
            String name = KubernetesManifests.name(deployment);
            SpringSettings settings = manifests.settings(deployment);
            JsonNode container = KubernetesManifests.container(deployment);
            assertThat(settings.get("management.endpoint.health.probes.enabled")).hasValue("true");
            assertThat(Integer.parseInt(settings.require("server.port"))).as("server.port of " + name)
                    .isEqualTo(containerPort(deployment));
            Map<String, String> paths = Map.of("startupProbe", "/actuator/health/liveness",
                    "livenessProbe", "/actuator/health/liveness", "readinessProbe", "/actuator/health/readiness");
            paths.forEach((probe, path) -> {
                JsonNode get = container.path(probe).path("httpGet");
                assertThat(get.path("path").asText()).as(probe + " of " + name).isEqualTo(path);
                assertThat(port(container, get.path("port"))).as(probe + " port of " + name)
                        .isEqualTo(containerPort(deployment));
            });
        }
    }

    @Test
    void everyContainerRequestsAndLimitsCpuAndMemoryAndRunsAsNonRoot() {
        List<JsonNode> workloads = new ArrayList<>(manifests.ofKind("Deployment"));
        workloads.addAll(manifests.ofKind("Job"));
        for (JsonNode workload : workloads) {
            String name = KubernetesManifests.name(workload);
            assertThat(podSpec(workload).path("securityContext").path("runAsNonRoot").asBoolean())
                    .as("runAsNonRoot of " + name).isTrue();
            assertThat(podSpec(workload).path("automountServiceAccountToken").asBoolean(true)).isFalse();
            for (JsonNode container : podSpec(workload).path("containers")) {
                JsonNode resources = container.path("resources");
                for (String bound : List.of("requests", "limits")) {
                    assertThat(resources.path(bound).has("cpu") && resources.path(bound).has("memory"))
                            .as(bound + " of " + name).isTrue();
                }
                assertThat(container.path("securityContext").path("allowPrivilegeEscalation").asBoolean(true))
                        .as("allowPrivilegeEscalation of " + name).isFalse();
                assertThat(container.path("image").asText()).as("image of " + name).matches("[^:]+:\\d[\\w.-]*");
            }
        }
    }

    @Test
    void podsGetLongerToStopThanAGracefulShutdownTakes() {
        for (JsonNode deployment : manifests.ofKind("Deployment")) {
            String name = KubernetesManifests.name(deployment);
            SpringSettings settings = manifests.settings(deployment);
            assertThat(settings.get("server.shutdown")).hasValue("graceful");
            long shutdown = seconds(settings.require("spring.lifecycle.timeout-per-shutdown-phase"));
            long pause = KubernetesManifests.container(deployment).path("lifecycle").path("preStop").path("sleep")
                    .path("seconds").asLong(0);
            assertThat(podSpec(deployment).path("terminationGracePeriodSeconds").asLong(30))
                    .as("terminationGracePeriodSeconds of " + name).isGreaterThan(pause + shutdown);
        }
    }

    @Test
    void prometheusScrapesTheActuatorOnTheServerPort() {
        for (JsonNode deployment : manifests.ofKind("Deployment")) {
            String name = KubernetesManifests.name(deployment);
            JsonNode annotations = deployment.path("spec").path("template").path("metadata").path("annotations");
            assertThat(annotations.path("prometheus.io/scrape").asText()).as("scrape " + name).isEqualTo("true");
            assertThat(annotations.path("prometheus.io/path").asText()).as("path " + name)
                    .isEqualTo("/actuator/prometheus");
            assertThat(annotations.path("prometheus.io/port").asText()).as("port of " + name + " (server.port)")
                    .isEqualTo(manifests.settings(deployment).require("server.port"));
            assertThat(manifests.settings(deployment).require("management.endpoints.web.exposure.include"))
                    .as("exposed endpoints of " + name).contains("prometheus");
        }
    }

    @Test
    void theGatewayRoutesToTheServicesAndOnlyTheApiGoesOut() {
        JsonNode gateway = deployment("gateway");
        SpringSettings settings = manifests.settings(gateway);
        for (JsonNode deployment : services()) {
            String service = KubernetesManifests.name(deployment);
            String property = "pmo.services." + service.replace("-service", "") + "-uri";
            assertThat(settings.get(property)).as(property)
                    .hasValue("http://" + service + ":" + containerPort(deployment));
        }
        JsonNode ingress = manifests.ofKind("Ingress").get(0);
        assertThat(ingress.path("spec").path("rules").findValues("paths")).allSatisfy(paths -> assertThat(paths)
                .allSatisfy(path -> {
                    assertThat(path.path("path").asText()).isEqualTo("/api");
                    assertThat(path.path("backend").path("service").path("name").asText()).isEqualTo("gateway");
                }));
    }

    @Test
    void everyEnvironmentVariableNamesASettingTheServicesRead() {
        Set<String> known = new HashSet<>(NOT_SPRING);
        springProperties().forEach(property -> known.add(SpringSettings.environmentName(property)));
        ServiceSources.platformProperties().forEach(property -> known.add(SpringSettings.environmentName(property)));
        assertThat(known).contains("PMO_CONSUMER_CONCURRENCY", "PMO_EVENTS_PARTITIONS", "PMO_SECURITY_ISSUERURI",
                "SPRING_CONFIG_ADDITIONALLOCATION", "SPRING_LIFECYCLE_TIMEOUTPERSHUTDOWNPHASE");
        Map<String, Set<String>> readBy = new HashMap<>();
        List<String> unread = new ArrayList<>();
        for (JsonNode deployment : manifests.ofKind("Deployment")) {
            String service = KubernetesManifests.name(deployment);
            Set<String> read = new HashSet<>(known);
            read.addAll(placeholders(service));
            JsonNode container = KubernetesManifests.container(deployment);
            container.path("env").forEach(variable -> {
                if (!read.contains(variable.path("name").asText())) {
                    unread.add(service + ": " + variable.path("name").asText());
                }
            });
            container.path("envFrom").forEach(source -> manifests
                    .named("ConfigMap", source.path("configMapRef").path("name").asText())
                    .ifPresent(map -> map.path("data").fieldNames().forEachRemaining(key -> {
                        readBy.computeIfAbsent(key, k -> new HashSet<>());
                        if (read.contains(source.path("prefix").asText("") + key)) {
                            readBy.get(key).add(service);
                        }
                    })));
        }
        readBy.forEach((variable, services) -> {
            if (services.isEmpty()) {
                unread.add("shared: " + variable);
            }
        });
        assertThat(unread).as("variables that no setting or placeholder of their services reads").isEmpty();
    }

    /** The Deployments of the services behind the gateway. */
    private static List<JsonNode> services() {
        List<JsonNode> services = manifests.ofKind("Deployment").stream()
                .filter(deployment -> !KubernetesManifests.name(deployment).equals("gateway")).toList();
        assertThat(services).hasSize(5);
        return services;
    }

    private static JsonNode deployment(String name) {
        return manifests.named("Deployment", name).orElseThrow();
    }

    /** Topic -> partitions, read from the topic Job's script, the partition count resolved from its environment. */
    private static Map<String, Integer> createdTopics() {
        JsonNode job = manifests.named("Job", "pmo-event-topics").orElseThrow();
        JsonNode container = KubernetesManifests.container(job);
        String script = String.join("\n", StreamSupport.stream(container.path("command").spliterator(), false)
                .map(JsonNode::asText).toList());
        assertThat(script).contains("--create", "--if-not-exists", "--config retention.ms=-1");
        Matcher partitions = PARTITIONS.matcher(script);
        assertThat(partitions.find()).as("--partitions in the topic Job").isTrue();
        int count = Integer.parseInt(manifests.env(container, partitions.group(1)).orElseThrow());
        Map<String, Integer> topics = new HashMap<>();
        Matcher topic = CREATED_TOPIC.matcher(script);
        while (topic.find()) {
            topics.put(topic.group(1), count);
        }
        return topics;
    }

    /** The names a service's config file reads as {@code ${NAME:default}}, and their environment forms. */
    private static Set<String> placeholders(String service) {
        Set<String> names = new HashSet<>();
        try {
            Matcher placeholder = YAML_PLACEHOLDER.matcher(Files.readString(
                    ServiceSources.module(service).resolve("src/main/resources/" + service + ".yml")));
            while (placeholder.find()) {
                names.add(placeholder.group(1));
                names.add(SpringSettings.environmentName(placeholder.group(1)));
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    /** Every property Spring Boot's jars on the test class path describe in their configuration metadata. */
    private static Set<String> springProperties() {
        ObjectMapper json = new ObjectMapper();
        Set<String> properties = new HashSet<>();
        for (String metadata : List.of("META-INF/spring-configuration-metadata.json",
                "META-INF/additional-spring-configuration-metadata.json")) {
            try {
                for (URL copy : Collections.list(KubernetesManifestsTests.class.getClassLoader()
                        .getResources(metadata))) {
                    try (InputStream in = copy.openStream()) {
                        json.readTree(in).path("properties")
                                .forEach(property -> properties.add(property.path("name").asText()));
                    }
                }
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return properties;
    }

    private static JsonNode podSpec(JsonNode workload) {
        return KubernetesManifests.podSpec(workload);
    }

    private static int replicas(JsonNode deployment) {
        return deployment.path("spec").path("replicas").asInt(1);
    }

    private static int containerPort(JsonNode deployment) {
        return KubernetesManifests.container(deployment).path("ports").path(0).path("containerPort").asInt();
    }

    /** A probe's port: a number, or the name of one of the container's ports. */
    private static int port(JsonNode container, JsonNode port) {
        if (port.isInt()) {
            return port.asInt();
        }
        for (JsonNode declared : container.path("ports")) {
            if (declared.path("name").asText().equals(port.asText())) {
                return declared.path("containerPort").asInt();
            }
        }
        return -1;
    }

    /** Whether a label selector picks pods with these labels. */
    private static boolean selects(JsonNode selector, JsonNode labels) {
        if (selector.isEmpty()) {
            return false;
        }
        return StreamSupport.stream(((Iterable<Map.Entry<String, JsonNode>>) selector::fields).spliterator(), false)
                .allMatch(entry -> labels.path(entry.getKey()).asText().equals(entry.getValue().asText()));
    }

    private static long seconds(String duration) {
        try {
            return Duration.parse("PT" + duration.toUpperCase(Locale.ROOT)).toSeconds();
        }
        catch (DateTimeParseException e) {
            throw new AssertionError("not a duration in seconds or minutes: " + duration, e);
        }
    }
}
