package io.pmo.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.reactive.config.EnableWebFlux;

/**
 * The gateway's chain: same token checks and problem+json as a service, CSRF off (so a tokenless POST is 401),
 * writes passed on only where its table says so.
 */
class PmoReactiveSecurityAutoConfigurationTests {

    private final ReactiveWebApplicationContextRunner runner = new ReactiveWebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(PmoReactiveSecurityAutoConfiguration.class))
            .withUserConfiguration(Gateway.class);

    @Configuration(proxyBeanMethods = false)
    @EnableWebFlux
    static class Gateway {

        @Bean
        ReactiveJwtDecoder testDecoder() {
            return TestTokens.reactiveDecoder();
        }

        @Bean
        PmoAccessRules rules() {
            return PmoAccessRules.builder().allowAnyAuthenticated(HttpMethod.POST, "/api/**").build();
        }

        @Bean
        Routes routes() {
            return new Routes();
        }
    }

    @RestController
    static class Routes {

        @RequestMapping({ "/api/v1/things", "/api/v1/admin/things" })
        String passed() {
            return "passed";
        }
    }

    @Test
    void answersATokenlessPostWith401ProblemJsonNotACsrf403() {
        run(client -> client.post().uri("/api/v1/things").exchange().expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectBody().jsonPath("$.status").isEqualTo(401).jsonPath("$.instance").isEqualTo("/api/v1/things"));
    }

    @Test
    void answersATokenWithoutTenantOrOfAnotherIssuerWith401() {
        run(client -> {
            client.get().uri("/api/v1/things")
                    .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(claims -> claims.subject("u-1")))
                    .exchange().expectStatus().isUnauthorized()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
            client.get().uri("/api/v1/things")
                    .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(claims -> claims.subject("u-1")
                            .claim("tenant", "acme").issuer("http://elsewhere.test")))
                    .exchange().expectStatus().isUnauthorized();
        });
    }

    @Test
    void passesAValidTokensWriteOnAndKeepsTheAdminPathForPmoAdmins() {
        run(client -> {
            String viewer = TestTokens.bearer("acme", "u-1", PmoRole.VIEWER);
            client.post().uri("/api/v1/things").header(HttpHeaders.AUTHORIZATION, viewer).exchange()
                    .expectStatus().isOk();
            client.post().uri("/api/v1/admin/things").header(HttpHeaders.AUTHORIZATION, viewer).exchange()
                    .expectStatus().isForbidden()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.status").isEqualTo(403);
            client.post().uri("/api/v1/admin/things")
                    .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer("acme", "u-1", PmoRole.PMO_ADMIN)).exchange()
                    .expectStatus().isOk();
        });
    }

    @Test
    void refusesWritesByDefaultWhenNoTableGrantsThem() {
        new ReactiveWebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(PmoReactiveSecurityAutoConfiguration.class))
                .withBean(ReactiveJwtDecoder.class, TestTokens::reactiveDecoder)
                .withUserConfiguration(WebFluxOnly.class)
                .run(context -> WebTestClient.bindToApplicationContext(context).build()
                        .put().uri("/api/v1/things")
                        .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer("acme", "u-1", PmoRole.PMO_ADMIN))
                        .exchange().expectStatus().isForbidden());
    }

    @Configuration(proxyBeanMethods = false)
    @EnableWebFlux
    static class WebFluxOnly {
    }

    private void run(java.util.function.Consumer<WebTestClient> test) {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            test.accept(WebTestClient.bindToApplicationContext(context).build());
        });
    }
}
