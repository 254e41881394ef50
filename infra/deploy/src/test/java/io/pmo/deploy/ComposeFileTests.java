package io.pmo.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.AnnotationKeyword;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * {@code compose.yaml} is never started on the machines that build this repository (no Docker engine), so these
 * checks are all it gets before someone runs it: the Compose Specification's JSON Schema (vendored, see
 * {@code schemas/README.md}), then the house rules: every container has a healthcheck and everything waits for
 * health, every deployable module is there on its CONVENTIONS.md port and builds from a Dockerfile, images are
 * pinned, bind mounts exist, and the Keycloak realm has the dev stack's identities with the issuer the services
 * check.
 *
 * <p>The file is read as Compose reads it: YAML anchors and merge keys ({@code <<: *pmo-service}) resolved.
 */
class ComposeFileTests {

    /** The dev-stack ports of CONVENTIONS.md; every deployable module must have one. */
    private static final Map<String, Integer> CONVENTION_PORTS = Map.of("gateway", 8080, "project-service", 8081,
            "portfolio-service", 8082, "resource-service", 8083, "risk-service", 8084, "reporting-service", 8085);

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path repository;

    private static JsonNode compose;

    private static JsonSchema composeSchema;

    @BeforeAll
    static void load() throws IOException {
        repository = DeployFiles.root().getParent().getParent();
        compose = readYaml(DeployFiles.file("compose.yaml"));
        try (InputStream schema = ComposeFileTests.class.getResourceAsStream("/schemas/compose-spec.json")) {
            composeSchema = composeSchemaFactory().getSchema(schema);
        }
    }

    /**
     * Draft 2019-09, as the schema declares, plus two quirks of the snapshot read as annotations: its leftover
     * draft-04 {@code id} keywords (2019-09 knows only {@code $id}, and the validator refuses a keyword it has no
     * validator for) and {@code definitions/constraints/service}, which nothing references (it would only log
     * "Unknown keyword service").
     */
    private static JsonSchemaFactory composeSchemaFactory() {
        JsonMetaSchema draft201909 = JsonMetaSchema.builder("http://json-schema.org/draft/2019-09/schema",
                JsonMetaSchema.getV201909())
                .keyword(new AnnotationKeyword("id"))
                .keyword(new AnnotationKeyword("service"))
                .build();
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V201909,
                factory -> factory.metaSchema(draft201909));
    }

    @Test
    void composeFileFollowsTheComposeSpecification() {
        assertThat(composeSchema.validate(compose)).as("Compose Specification violations").isEmpty();
    }

    @Test
    void schemaCheckRejectsAnUnknownServiceKeyAndAWrongDependencyCondition() {
        ObjectNode unknownKey = compose.deepCopy();
        ((ObjectNode) unknownKey.at("/services/kafka")).put("healthcheck_interval", "10s");
        assertThat(messages(unknownKey)).anyMatch(message -> message.contains("healthcheck_interval"));

        ObjectNode wrongCondition = compose.deepCopy();
        ((ObjectNode) wrongCondition.at("/services/gateway/depends_on/keycloak")).put("condition", "service_ready");
        assertThat(messages(wrongCondition)).anyMatch(message -> message.contains("condition"));
    }

    @Test
    void everyContainerHasAHealthcheck() {
        services().forEach((name, service) -> {
            JsonNode healthcheck = service.path("healthcheck");
            assertThat(healthcheck.path("test").isMissingNode() || healthcheck.path("test").isEmpty())
                    .as("%s has a healthcheck test", name).isFalse();
            assertThat(healthcheck.path("disable").asBoolean(false)).as("%s disables its healthcheck", name).isFalse();
        });
    }

    @Test
    void everyDependencyWaitsUntilItIsHealthy() {
        services().forEach((name, service) -> {
            JsonNode dependsOn = service.path("depends_on");
            assertThat(dependsOn.isArray()).as("%s: a depends_on list only waits for the start", name).isFalse();
            dependsOn.fields().forEachRemaining(dependency -> {
                assertThat(dependency.getValue().path("condition").asText())
                        .as("%s waits for %s", name, dependency.getKey())
                        .isIn("service_healthy", "service_completed_successfully");
                assertThat(services()).as("%s depends on a service of this file", name)
                        .containsKey(dependency.getKey());
            });
        });
    }

    @Test
    void everyDeployableModuleRunsOnItsConventionsPortAndIsCheckedForReadiness() throws IOException {
        assertThat(deployableModules()).as("deployable modules of the root pom; give a new one a port")
                .isEqualTo(CONVENTION_PORTS.keySet());
        CONVENTION_PORTS.forEach((module, port) -> {
            JsonNode service = services().get(module);
            assertThat(service).as("compose service %s", module).isNotNull();
            assertThat(texts(service.path("ports"))).as("%s ports", module).contains(port + ":" + port);
            assertThat(service.at("/environment/SERVER_PORT").asInt()).as("%s SERVER_PORT", module).isEqualTo(port);
            assertThat(service.at("/build/context").asText()).as("%s build context", module).isEqualTo("../../" + module);
            assertThat(String.join(" ", texts(service.at("/healthcheck/test"))))
                    .as("%s healthcheck", module).contains("/actuator/health/readiness");
        });
    }

    @Test
    void imagesArePinnedToAVersion() throws IOException {
        List<String> images = new ArrayList<>();
        services().forEach((name, service) -> images.add(service.path("image").asText(name + " has no image")));
        for (String line : Files.readAllLines(DeployFiles.file("docker/service.Dockerfile"))) {
            if (line.startsWith("FROM ")) {
                images.add(line.split("\\s+")[1]);
            }
        }
        assertThat(images).isNotEmpty().allSatisfy(image -> {
            String nameAndTag = image.substring(image.lastIndexOf('/') + 1);
            assertThat(nameAndTag).as("%s has a tag", image).contains(":");
            assertThat(nameAndTag.substring(nameAndTag.indexOf(':') + 1)).as("tag of %s", image).isNotEqualTo("latest");
        });
    }

    @Test
    void everyBindMountedPathExistsInTheRepository() {
        List<String> sources = new ArrayList<>();
        services().forEach((name, service) -> service.path("volumes").forEach(volume -> {
            String source = volume.isTextual() ? volume.asText().split(":")[0] : volume.path("source").asText();
            if (source.startsWith(".") || source.startsWith("/")) {
                sources.add(source);
            }
        }));
        assertThat(sources).isNotEmpty().allSatisfy(source -> assertThat(DeployFiles.root().resolve(source).normalize())
                .as("bind mount %s (relative to infra/deploy)", source).exists());
    }

    @Test
    void everyBuildContextHasADockerfileThatRunsTheLayeredJarAsANonRootUser() {
        Set<String> distinct = new TreeSet<>();
        services().forEach((name, service) -> {
            if (service.has("build")) {
                Path context = DeployFiles.root().resolve(service.at("/build/context").asText()).normalize();
                Path dockerfile = context.resolve(service.at("/build/dockerfile").asText("Dockerfile"));
                assertThat(dockerfile).as("%s Dockerfile", name).isRegularFile();
                assertThat(dockerfile).content().as("%s Dockerfile", name)
                        .contains("-Djarmode=tools", "extract --layers --launcher", "\nUSER ")
                        .doesNotContainPattern("(?m)^USER\\s+(root|0)\\s*$");
                distinct.add(contentOf(dockerfile));
            }
        });
        assertThat(distinct).as("every module builds from the one service.Dockerfile").hasSize(1);
        assertThat(DeployFiles.file("docker/service.Dockerfile.dockerignore")).content()
                .contains("!target/*-exec.jar");
    }

    @Test
    void postgresCreatesEveryDatabaseTheServicesUse() throws IOException {
        Set<String> used = new TreeSet<>();
        services().forEach((name, service) -> {
            String url = service.at("/environment/SPRING_DATASOURCE_URL").asText("");
            if (!url.isEmpty()) {
                assertThat(url).as("%s datasource", name).startsWith("jdbc:postgresql://postgres:5432/");
                used.add(url.substring(url.lastIndexOf('/') + 1));
            }
        });
        Set<String> created = new TreeSet<>();
        try (Stream<Path> scripts = Files.list(DeployFiles.file("postgres/init"))) {
            for (Path script : scripts.toList()) {
                Matcher create = Pattern.compile("(?im)^\\s*CREATE DATABASE\\s+(\\w+)").matcher(contentOf(script));
                while (create.find()) {
                    created.add(create.group(1));
                }
            }
        }
        assertThat(used).hasSize(5);
        assertThat(created).containsAll(used);
    }

    @Test
    void prometheusScrapesEveryDeployableModule() throws IOException {
        JsonNode prometheus = readYaml(DeployFiles.file("prometheus/prometheus.yml"));
        assertThat(prometheus.at("/global/scrape_interval").asText()).isEqualTo("15s");
        assertThat(texts(prometheus.path("rule_files"))).contains("/etc/prometheus/rules/*.yml");
        Map<String, JsonNode> jobs = new LinkedHashMap<>();
        prometheus.path("scrape_configs").forEach(job -> jobs.put(job.path("job_name").asText(), job));
        CONVENTION_PORTS.forEach((module, port) -> {
            assertThat(jobs).as("scrape jobs").containsKey(module);
            assertThat(jobs.get(module).path("metrics_path").asText()).isEqualTo("/actuator/prometheus");
            assertThat(texts(jobs.get(module).at("/static_configs/0/targets"))).containsExactly(module + ":" + port);
        });
    }

    /**
     * The realm has a client-credentials client {@code dev-<tenant>-<role>} for every tenant of the dev issuer
     * ({@code DevClients.TENANTS}) and every {@code PmoRole}, as the README documents, with hard-coded
     * {@code tenant} and {@code roles} claims; and the services check the issuer Keycloak actually writes.
     */
    @Test
    void keycloakRealmHasAClientPerTenantAndRoleAndTheServicesCheckItsIssuer() throws IOException {
        JsonNode realm = JSON.readTree(DeployFiles.file("keycloak/pmo-realm.json").toFile());
        Map<String, JsonNode> clients = new LinkedHashMap<>();
        realm.path("clients").forEach(client -> clients.put(client.path("clientId").asText(), client));
        List<String> tenants = quotedStrings(sourceOf("infra/devstack/src/main/java/io/pmo/devstack/issuer/DevClients.java"),
                "TENANTS\\s*=\\s*List\\.of\\(([^)]*)\\)");
        List<String> roles = enumConstants(sourceOf("platform/starter/src/main/java/io/pmo/platform/security/PmoRole.java"));
        assertThat(tenants).isNotEmpty();
        assertThat(roles).contains("PMO_ADMIN", "VIEWER");
        for (String tenant : tenants) {
            for (String role : roles) {
                String clientId = "dev-" + tenant + "-" + role.toLowerCase(Locale.ROOT);
                JsonNode client = clients.get(clientId);
                assertThat(client).as("client %s", clientId).isNotNull();
                assertThat(client.path("enabled").asBoolean()).as("%s enabled", clientId).isTrue();
                assertThat(client.path("publicClient").asBoolean(true)).as("%s public", clientId).isFalse();
                assertThat(client.path("serviceAccountsEnabled").asBoolean()).as("%s client credentials", clientId).isTrue();
                assertThat(client.path("secret").asText()).as("%s secret", clientId).isEqualTo("dev-secret");
                Map<String, JsonNode> claims = hardcodedClaims(client);
                assertThat(claims.get("tenant")).as("%s tenant claim", clientId).isEqualTo(JSON.getNodeFactory().textNode(tenant));
                assertThat(claims.get("roles")).as("%s roles claim", clientId)
                        .isEqualTo(JSON.createArrayNode().add(role));
            }
        }

        String issuer = services().get("keycloak").at("/environment/KC_HOSTNAME").asText() + "/realms/"
                + realm.path("realm").asText();
        CONVENTION_PORTS.keySet().forEach(module -> {
            JsonNode environment = services().get(module).path("environment");
            assertThat(environment.path("PMO_SECURITY_ISSUER_URI").asText()).as("%s issuer", module).isEqualTo(issuer);
            assertThat(environment.path("PMO_SECURITY_JWK_SET_URI").asText()).as("%s key set", module)
                    .isEqualTo("http://keycloak:8080/realms/" + realm.path("realm").asText()
                            + "/protocol/openid-connect/certs");
        });
    }

    /** The claims a client's hard-coded-claim mappers put in its access tokens, parsed by their JSON type. */
    private static Map<String, JsonNode> hardcodedClaims(JsonNode client) {
        Map<String, JsonNode> claims = new LinkedHashMap<>();
        client.path("protocolMappers").forEach(mapper -> {
            JsonNode config = mapper.path("config");
            if (mapper.path("protocolMapper").asText().equals("oidc-hardcoded-claim-mapper")
                    && config.path("access.token.claim").asText().equals("true")) {
                String value = config.path("claim.value").asText();
                try {
                    claims.put(config.path("claim.name").asText(), config.path("jsonType.label").asText().equals("JSON")
                            ? JSON.readTree(value) : JSON.getNodeFactory().textNode(value));
                }
                catch (IOException ex) {
                    throw new AssertionError("claim " + config.path("claim.name").asText() + " is not JSON: " + value, ex);
                }
            }
        });
        return claims;
    }

    private static List<String> messages(JsonNode document) {
        return composeSchema.validate(document).stream().map(ValidationMessage::getMessage).toList();
    }

    private static Map<String, JsonNode> services() {
        Map<String, JsonNode> services = new LinkedHashMap<>();
        compose.path("services").fields().forEachRemaining(entry -> services.put(entry.getKey(), entry.getValue()));
        return services;
    }

    /** Modules of the root pom that repackage an executable jar, outside infra/ (which assembles, not deploys). */
    private static Set<String> deployableModules() {
        Set<String> modules = new TreeSet<>();
        Matcher module = Pattern.compile("<module>([^<]+)</module>").matcher(sourceOf("pom.xml"));
        while (module.find()) {
            String path = module.group(1).trim();
            if (!path.startsWith("infra/")
                    && sourceOf(path + "/pom.xml").contains("<artifactId>spring-boot-maven-plugin</artifactId>")) {
                modules.add(path);
            }
        }
        return modules;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    private static String sourceOf(String relative) {
        return contentOf(repository.resolve(relative));
    }

    private static String contentOf(Path file) {
        try {
            return Files.readString(file);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static List<String> quotedStrings(String source, String regex) {
        Matcher declaration = Pattern.compile(regex).matcher(source);
        assertThat(declaration.find()).as("%s in source", regex).isTrue();
        return Pattern.compile("\"([^\"]+)\"").matcher(declaration.group(1)).results().map(match -> match.group(1))
                .toList();
    }

    private static List<String> enumConstants(String source) {
        Matcher body = Pattern.compile("enum\\s+\\w+\\s*\\{([^;]*);").matcher(source);
        assertThat(body.find()).as("enum constants").isTrue();
        return Stream.of(body.group(1).split(",")).map(String::trim).filter(name -> !name.isEmpty())
                .collect(Collectors.toList());
    }

    /** YAML as Compose reads it: anchors, aliases and merge keys resolved; then a Jackson tree for the schema. */
    private static JsonNode readYaml(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            return JSON.valueToTree(document);
        }
    }
}
