package io.pmo.gateway;

import static io.pmo.gateway.GatewayTestSupport.get;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The per-principal rate limit on the real gateway, in front of a stub project-service: a burst of 3, then one
 * request per second, on a clock the test moves (no sleeping on thresholds).
 */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "spring.config.name=gateway", "pmo.gateway.rate-limit.burst=3",
                "pmo.gateway.rate-limit.requests-per-second=1" })
@Import(GatewayTestSupport.Beans.class)
class RateLimitTests {

    private static final StubService PROJECTS = StubService.onFreePort().start();

    @Autowired
    private GatewayTestSupport.MutableClock clock;

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        registry.add("pmo.services.project-uri", PROJECTS::uri);
    }

    @AfterAll
    static void stop() {
        PROJECTS.close();
    }

    @Test
    void theRequestAfterTheBurstIs429ProblemWithRetryAfterAndNeverReachesTheService() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(get(port, "/api/v1/projects?n=" + i, "acme.burst").statusCode()).isEqualTo(200);
        }
        int seen = PROJECTS.paths().size();

        HttpResponse<String> refused = get(port, "/api/v1/projects?n=3", "acme.burst");

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
        JsonNode problem = new ObjectMapper().readTree(refused.body());
        assertThat(problem.get("type").asText()).isEqualTo("https://pmo.io/problems/too-many-requests");
        assertThat(problem.get("status").asInt()).isEqualTo(429);
        assertThat(problem.get("title").asText()).isEqualTo("Too Many Requests");
        assertThat(problem.get("detail").asText()).isNotBlank();
        assertThat(PROJECTS.paths()).hasSize(seen);
    }

    @Test
    void anotherPrincipalOrTheSameSubjectInAnotherTenantIsNotAffected() {
        for (int i = 0; i < 4; i++) {
            get(port, "/api/v1/projects", "acme.greedy");
        }
        assertThat(get(port, "/api/v1/projects", "acme.greedy").statusCode()).isEqualTo(429);

        assertThat(get(port, "/api/v1/projects", "acme.modest").statusCode()).isEqualTo(200);
        assertThat(get(port, "/api/v1/projects", "globex.greedy").statusCode()).isEqualTo(200);
    }

    @Test
    void theBucketRefillsWithTimeAndRetryAfterSaysWhen() {
        for (int i = 0; i < 3; i++) {
            get(port, "/api/v1/projects", "acme.patient");
        }
        assertThat(get(port, "/api/v1/projects", "acme.patient").statusCode()).isEqualTo(429);

        clock.advance(Duration.ofMillis(999));
        assertThat(get(port, "/api/v1/projects", "acme.patient").statusCode()).isEqualTo(429);
        clock.advance(Duration.ofMillis(1));
        assertThat(get(port, "/api/v1/projects", "acme.patient").statusCode()).isEqualTo(200);
        assertThat(get(port, "/api/v1/projects", "acme.patient").statusCode()).isEqualTo(429);

        clock.advance(Duration.ofSeconds(3));
        for (int i = 0; i < 3; i++) {
            assertThat(get(port, "/api/v1/projects", "acme.patient").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aRequestWithoutAValidTokenIs401AndSpendsNoToken() {
        for (int i = 0; i < 5; i++) {
            assertThat(get(port, "/api/v1/projects", null).statusCode()).isEqualTo(401);
            assertThat(get(port, "/api/v1/projects", "bad").statusCode()).isEqualTo(401);
        }
        assertThat(get(port, "/api/v1/projects", "acme.fresh").statusCode()).isEqualTo(200);
    }
}
