package io.pmo.gateway;

import static io.pmo.gateway.GatewayTestSupport.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;

/**
 * Each route's circuit breaker on the real gateway: portfolio-service is down (its port refuses connections) and
 * comes back; project-service is a stub that answers what a path asks for, slowly if asked.
 */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "spring.config.name=gateway", "pmo.gateway.circuit-breaker.minimum-calls=4",
                "pmo.gateway.circuit-breaker.window=4", "pmo.gateway.circuit-breaker.wait-in-open-state=1s",
                "spring.cloud.gateway.server.webflux.httpclient.response-timeout=1s" })
@Import(GatewayTestSupport.Beans.class)
class CircuitBreakerTests {

    private static final StubService PORTFOLIOS = StubService.onFreePort();

    private static final StubService PROJECTS = StubService.onFreePort().start();

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    private ReactiveResilience4JCircuitBreakerFactory breakers;

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        registry.add("pmo.services.portfolio-uri", PORTFOLIOS::uri);
        registry.add("pmo.services.project-uri", PROJECTS::uri);
        registry.add("pmo.services.risk-uri", PROJECTS::uri);
    }

    @AfterAll
    static void stop() {
        PORTFOLIOS.close();
        PROJECTS.close();
    }

    @Test
    void manyConcurrentSlowCallsOnOneRouteAllGoThroughWithoutABulkheadRefusingThem() {
        java.util.concurrent.ExecutorService callers = java.util.concurrent.Executors.newFixedThreadPool(40);
        try {
            java.util.List<java.util.concurrent.CompletableFuture<Integer>> calls = new java.util.ArrayList<>();
            // a client of its own (HTTP/1.1, its own threads), so the other tests' shared client sees nothing of it
            java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
                    .version(java.net.http.HttpClient.Version.HTTP_1_1).executor(callers)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://localhost:" + port + "/api/v1/risks?delayMs=300"))
                    .timeout(Duration.ofSeconds(20)).header("Authorization", "Bearer acme.alice").GET().build();
            for (int i = 0; i < 40; i++) {
                calls.add(client.sendAsync(request, java.net.http.HttpResponse.BodyHandlers.discarding())
                        .thenApply(java.net.http.HttpResponse::statusCode));
            }
            assertThat(calls.stream().map(java.util.concurrent.CompletableFuture::join).toList())
                    .as("40 calls at once, each 300 ms long").hasSize(40).containsOnly(200);
        }
        finally {
            callers.shutdownNow();
        }
        assertThat(breaker("risks").getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void aServiceThatIsDownIsAQuick503ProblemTheGatewayStaysUpAndTheRouteWorksOnceItIsBack() throws Exception {
        for (int i = 0; i < 6; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = get(port, "/api/v1/portfolios", "acme.alice");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
            assertUnavailable(response, "portfolio-service");
        }
        assertThat(breaker("portfolios").getState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(breaker("projects").getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(get(port, "/api/v1/projects", "acme.alice").statusCode()).isEqualTo(200);
        HttpResponse<String> health = get(port, "/actuator/health", null);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(health.body()).get("status").asText()).isEqualTo("UP");
        assertThat(get(port, "/actuator/health/readiness", null).statusCode()).isEqualTo(200);

        PORTFOLIOS.start();

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(get(port, "/api/v1/portfolios", "acme.alice").statusCode()).isEqualTo(200));
    }

    @Test
    void aServiceThatDoesNotAnswerInTimeIsA503Problem() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = get(port, "/api/v1/projects/slow/status/200?delayMs=4000", "acme.bob");

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        assertUnavailable(response, "project-service");
    }

    @Test
    void fourHundredsPassThroughAndDoNotOpenTheBreakerButServiceUnavailableAnswersDo() throws Exception {
        for (int i = 0; i < 8; i++) {
            HttpResponse<String> missing = get(port, "/api/v1/projects/x/status/404", "acme.carol");
            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(missing.body()).isEqualTo("{\"status\":404}");
        }
        assertThat(breaker("projects").getState()).isEqualTo(CircuitBreaker.State.CLOSED);

        HttpResponse<String> overloaded = get(port, "/api/v1/risks/x/status/503", "acme.carol");
        assertUnavailable(overloaded, "risk-service");
    }

    private CircuitBreaker breaker(String routeId) {
        return breakers.getCircuitBreakerRegistry().circuitBreaker(routeId);
    }

    private static void assertUnavailable(HttpResponse<String> response, String service) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Long.parseLong(seconds)).isPositive());
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("type").asText()).isEqualTo("https://pmo.io/problems/service-unavailable");
        assertThat(problem.get("status").asInt()).isEqualTo(503);
        assertThat(problem.get("detail").asText()).contains(service);
    }
}
