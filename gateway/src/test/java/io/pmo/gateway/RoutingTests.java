package io.pmo.gateway;

import static io.pmo.gateway.GatewayTestSupport.get;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the gateway routes and what it keeps: its own actuator is its own, no spelling of a path reaches a service's
 * actuator, and the services' OpenAPI documents are routed read-only under /api/docs beside the Swagger UI.
 * Every service is the same stub here, which remembers each path it was asked for.
 */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=gateway")
@Import(GatewayTestSupport.Beans.class)
class RoutingTests {

    private static final StubService SERVICES = StubService.onFreePort().start();

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final List<String> SERVICES_NAMES = List.of("project", "portfolio", "resource", "risk",
            "reporting");

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        SERVICES_NAMES.forEach(name -> registry.add("pmo.services." + name + "-uri", SERVICES::uri));
    }

    @AfterAll
    static void stop() {
        SERVICES.close();
    }

    @Test
    void theGatewaysPrometheusEndpointShowsTheGatewaysOwnMetrics() {
        get(port, "/api/v1/projects", "acme.alice");

        HttpResponse<String> scrape = get(port, "/actuator/prometheus", null);

        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).contains("service=\"gateway\"").contains("spring_cloud_gateway_requests");
        assertThat(SERVICES.paths()).noneMatch(path -> path.contains("actuator"));
    }

    /**
     * Dot segments, encoded dots and slashes, path parameters and double encoding are refused with 400 before any
     * route is matched (Spring Security's strict firewall, on by default), so no prefix route can be walked out of.
     */
    @Test
    void noSpellingOfAPathReachesAServicesActuator() {
        List<String> attempts = new ArrayList<>();
        for (String prefix : List.of("/api/v1/projects", "/api/v1/reports/x", "/api/v1/settings/risk")) {
            for (String escape : List.of("/../../actuator", "/%2e%2e/%2e%2e/actuator", "/%2E%2E/%2E%2E/actuator",
                    "/..%2F..%2Factuator", "/..;/..;/actuator", "/%252e%252e/%252e%252e/actuator",
                    "/../../../actuator", "/.%2e/.%2e/.%2e/actuator")) {
                for (String endpoint : List.of("/env", "/prometheus")) {
                    attempts.add(prefix + escape + endpoint);
                }
            }
        }
        attempts.add("/actuator/../api/v1/projects/../../actuator/env");

        for (String attempt : attempts) {
            HttpResponse<String> response = get(port, attempt, "acme.alice");
            assertThat(response.statusCode()).as(attempt).isEqualTo(400);
            assertThat(response.body()).as(attempt).doesNotContain("activeProfiles", "jvm_memory");
        }
        assertThat(get(port, "/api/v1/projects/actuator/env", "acme.alice").statusCode())
                .as("a plain path of the projects route, which the service would answer 404").isEqualTo(200);
        assertThat(SERVICES.paths()).as("what reached a service")
                .noneMatch(path -> decodedTwice(path).matches("(?i).*(\\.\\.|;).*actuator.*|^/actuator.*"));
    }

    private static String decodedTwice(String path) {
        String once = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        return URLDecoder.decode(once.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    @Test
    void eachServicesOpenApiDocumentIsRoutedWithoutATokenAndListedInTheSwaggerUi() throws Exception {
        for (String service : SERVICES_NAMES) {
            HttpResponse<String> document = get(port, "/api/docs/" + service, null);
            assertThat(document.statusCode()).as(service).isEqualTo(200);
            assertThat(JSON.readTree(document.body()).get("openapi").asText()).startsWith("3.");
        }
        assertThat(SERVICES.paths()).contains("/v3/api-docs");

        JsonNode config = JSON.readTree(get(port, "/v3/api-docs/swagger-config", null).body());
        List<String> urls = new ArrayList<>();
        config.get("urls").forEach(url -> urls.add(url.get("url").asText()));
        assertThat(urls).containsExactlyInAnyOrder("/api/docs/project", "/api/docs/portfolio", "/api/docs/resource",
                "/api/docs/risk", "/api/docs/reporting");
        HttpResponse<String> ui = get(port, "/api/docs", null);
        assertThat(ui.statusCode()).isIn(200, 302);
    }

    @Test
    void theDocsRoutesAreReadOnlyAndOpenNothingElse() {
        assertThat(get(port, "/api/docs/project/../../v1/projects", null).statusCode()).isIn(400, 401, 404);
        assertThat(get(port, "/api/docs/unknown", null).statusCode()).isIn(401, 404);
        assertThat(get(port, "/api/v1/projects", null).statusCode()).isEqualTo(401);
    }
}
