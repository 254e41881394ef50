package io.pmo.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Each service's OpenAPI document (springdoc, from the platform starter) on the embedded stack: served without a
 * token at the service's {@code /v3/api-docs}, an OpenAPI 3 document listing the service's own paths with their
 * operations and the bearer scheme, and the same document through the gateway at {@code /api/docs/<service>},
 * which the gateway's Swagger UI lists.
 */
class OpenApiIT {

    private final DevStack stack = TestStack.get();

    static Stream<Arguments> services() {
        return Stream.of(
                Arguments.of("project", "/api/v1/projects", "/api/v1/risks"),
                Arguments.of("portfolio", "/api/v1/portfolios", "/api/v1/projects"),
                Arguments.of("resource", "/api/v1/resources", "/api/v1/portfolios"),
                Arguments.of("risk", "/api/v1/risks", "/api/v1/resources"),
                Arguments.of("reporting", "/api/v1/audit", "/api/v1/risks"));
    }

    @ParameterizedTest
    @MethodSource("services")
    void eachServicePublishesItsOwnOpenApiDocumentAndTheGatewayServesIt(String service, String ownPath,
            String foreignPath) {
        Api.Response direct = Api.anonymous("http://localhost:" + port(service)).get("/v3/api-docs").ok();
        JsonNode document = direct.json();

        assertThat(document.get("openapi").asText()).startsWith("3.");
        assertThat(document.at("/info/title").asText()).contains(service + "-service");
        assertThat(document.at("/components/securitySchemes/bearer-jwt/scheme").asText()).isEqualTo("bearer");
        List<String> paths = new ArrayList<>();
        document.get("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).contains(ownPath).noneMatch(path -> path.equals(foreignPath) || path.startsWith("/actuator"));
        document.get("paths").forEach(item -> assertThat(item.fieldNames()).toIterable()
                .as("operations of a path").isNotEmpty()
                .allMatch(method -> List.of("get", "put", "post", "delete", "patch", "head", "options")
                        .contains(method)));

        Api.Response routed = Api.anonymous(stack.gatewayUrl()).get("/api/docs/" + service).ok();
        assertThat(routed.json().get("paths")).isEqualTo(document.get("paths"));
    }

    @Test
    void theGatewaysSwaggerUiListsEveryServicesDocument() {
        JsonNode config = Api.anonymous(stack.gatewayUrl()).get("/v3/api-docs/swagger-config").ok().json();

        List<String> urls = new ArrayList<>();
        config.get("urls").forEach(url -> urls.add(url.get("url").asText()));
        assertThat(urls).containsExactlyInAnyOrder("/api/docs/project", "/api/docs/portfolio", "/api/docs/resource",
                "/api/docs/risk", "/api/docs/reporting");
        assertThat(Api.anonymous(stack.gatewayUrl()).get("/webjars/swagger-ui/index.html").ok().body())
                .contains("swagger-ui");
    }

    private int port(String service) {
        DevStack.Ports ports = stack.ports();
        return switch (service) {
            case "project" -> ports.project();
            case "portfolio" -> ports.portfolio();
            case "resource" -> ports.resource();
            case "risk" -> ports.risk();
            case "reporting" -> ports.reporting();
            default -> throw new IllegalArgumentException(service);
        };
    }
}
