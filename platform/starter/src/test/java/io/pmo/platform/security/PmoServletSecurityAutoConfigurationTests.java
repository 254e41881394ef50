package io.pmo.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jwt.JWTClaimsSet;

import io.pmo.events.common.PmoJson;
import io.pmo.platform.web.RequestIdentity;

/**
 * A servlet service's security as the starter configures it: tokens checked, claims mapped, the role table
 * applied, 401 and 403 as problem+json. Tokens come from {@link TestTokens} (a key of the test's own).
 */
class PmoServletSecurityAutoConfigurationTests {

    private final WebApplicationContextRunner runner = SecuredServlet.runner()
            .withUserConfiguration(Api.class);

    /** A service with one write granted to project managers, and an admin endpoint. */
    @Configuration(proxyBeanMethods = false)
    static class Api {

        @Bean
        PmoAccessRules rules() {
            return PmoAccessRules.builder().allow(HttpMethod.POST, "/api/v1/things/**", PmoRole.PROJECT_MANAGER).build();
        }

        @Bean
        Controller controller() {
            return new Controller();
        }
    }

    @RestController
    static class Controller {

        @RequestMapping({ "/api/v1/things", "/api/v1/admin/things" })
        String identity(RequestIdentity identity) {
            return identity.tenantId() + "|" + identity.principal() + "|" + identity.roleNames();
        }
    }

    @Test
    void configuresALazyJwkSetDecoderFromTheDevDefaultsAndNoUserDetails() {
        new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(SecurityAutoConfiguration.class,
                        ServletWebSecurityAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class,
                        PmoServletSecurityAutoConfiguration.class))
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(JwtDecoder.class)
                            .doesNotHaveBean(UserDetailsService.class);
                    assertThat(context.getBean(PmoSecurityProperties.class)).isEqualTo(new PmoSecurityProperties(
                            "http://localhost:9000", "http://localhost:9000/oauth2/jwks", Duration.ofSeconds(5), 10_000,
                            Duration.ofMinutes(5)));
                });
    }

    @Test
    void takesIssuerAndKeySetFromProperties() {
        new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(SecurityAutoConfiguration.class,
                        ServletWebSecurityAutoConfiguration.class, PmoServletSecurityAutoConfiguration.class))
                .withPropertyValues("pmo.security.issuer-uri=https://login.example.com/realms/pmo",
                        "pmo.security.jwk-set-uri=https://login.example.com/realms/pmo/certs")
                .run(context -> assertThat(context.getBean(PmoSecurityProperties.class).jwkSetUri())
                        .isEqualTo("https://login.example.com/realms/pmo/certs"));
    }

    @Test
    void answersARequestWithoutTokenWith401ProblemJson() {
        withMvc(mvc -> {
            MvcResult result = perform(mvc, MockMvcRequestBuilders.get("/api/v1/things"));
            assertProblem(result, 401, "/api/v1/things");
            assertThat(result.getResponse().getHeader(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Bearer");
        });
    }

    @Test
    void answersATokenlessPostWith401NotACsrf403() {
        withMvc(mvc -> assertProblem(perform(mvc, MockMvcRequestBuilders.post("/api/v1/things")), 401, "/api/v1/things"));
    }

    @Test
    void answersATokenWithoutTenantWith401() {
        withMvc(mvc -> {
            MvcResult result = perform(mvc, MockMvcRequestBuilders.get("/api/v1/things")
                    .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(claims -> claims.subject("u-1"))));
            assertProblem(result, 401, "/api/v1/things");
            assertThat(result.getResponse().getHeader(HttpHeaders.WWW_AUTHENTICATE)).contains("invalid_token");
        });
    }

    @Test
    void answersAnExpiredTokenWith401EvenWithinSpringsDefaultMinuteOfSkew() {
        withMvc(mvc -> assertProblem(perform(mvc, MockMvcRequestBuilders.get("/api/v1/things").header(
                HttpHeaders.AUTHORIZATION, TestTokens.bearer(expired(Duration.ofSeconds(20))))), 401, "/api/v1/things"));
    }

    @Test
    void answersATokenOfAnotherIssuerWith401() {
        withMvc(mvc -> assertProblem(perform(mvc, MockMvcRequestBuilders.get("/api/v1/things").header(
                HttpHeaders.AUTHORIZATION, TestTokens.bearer(claims -> claims.subject("u-1").claim("tenant", "acme")
                        .issuer("http://elsewhere.test")))), 401, "/api/v1/things"));
    }

    @Test
    void letsAnyRoleReadAndResolvesTheIdentityFromTheTokenOnly() {
        withMvc(mvc -> {
            MvcResult result = perform(mvc, MockMvcRequestBuilders.get("/api/v1/things")
                    .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer("acme", "u-1", PmoRole.VIEWER))
                    .header("X-Tenant-Id", "globex").header("X-Principal", "intruder"));
            assertThat(result.getResponse().getStatus()).isEqualTo(200);
            assertThat(result.getResponse().getContentAsString()).isEqualTo("acme|u-1|VIEWER");
        });
    }

    @Test
    void refusesAWriteTheTableDoesNotGrantThisRoleWith403ProblemJson() {
        withMvc(mvc -> assertProblem(perform(mvc, MockMvcRequestBuilders.post("/api/v1/things")
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer("acme", "u-1", PmoRole.VIEWER))), 403,
                "/api/v1/things"));
    }

    @Test
    void letsAWriteTheTableGrantsThroughWithAllTheCallersRoles() {
        withMvc(mvc -> {
            MvcResult result = perform(mvc, MockMvcRequestBuilders.post("/api/v1/things").header(
                    HttpHeaders.AUTHORIZATION, TestTokens.bearer("acme", "u-1", PmoRole.VIEWER, PmoRole.PROJECT_MANAGER)));
            assertThat(result.getResponse().getStatus()).isEqualTo(200);
            assertThat(result.getResponse().getContentAsString()).isEqualTo("acme|u-1|PROJECT_MANAGER,VIEWER");
        });
    }

    @Test
    void keepsTheAdminPathForPmoAdmins() {
        withMvc(mvc -> {
            assertProblem(perform(mvc, MockMvcRequestBuilders.get("/api/v1/admin/things")
                    .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer("acme", "u-1", PmoRole.PROJECT_MANAGER))), 403,
                    "/api/v1/admin/things");
            assertThat(perform(mvc, MockMvcRequestBuilders.post("/api/v1/admin/things")
                    .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer("acme", "u-1", PmoRole.PMO_ADMIN)))
                    .getResponse().getStatus()).isEqualTo(200);
        });
    }

    @Test
    void doesNotLetAPathParameterOrAnEncodedLetterDodgeTheTable() {
        withMvc(mvc -> {
            String viewer = TestTokens.bearer("acme", "u-1", PmoRole.VIEWER);
            assertThat(perform(mvc, MockMvcRequestBuilders.get("/api/v1/%61dmin/things")
                    .header(HttpHeaders.AUTHORIZATION, viewer)).getResponse().getStatus()).isIn(400, 403);
            assertThat(perform(mvc, MockMvcRequestBuilders.get("/api;x=1/v1/admin/things")
                    .header(HttpHeaders.AUTHORIZATION, viewer)).getResponse().getStatus()).isIn(400, 403);
        });
    }

    @Test
    void leavesHealthOpenAndTheRestOfActuatorToPmoAdmins() {
        withMvc(mvc -> {
            assertThat(perform(mvc, MockMvcRequestBuilders.get("/actuator/health")).getResponse().getStatus())
                    .isNotIn(401, 403);
            assertProblem(perform(mvc, MockMvcRequestBuilders.get("/actuator/env")), 401, "/actuator/env");
            assertProblem(perform(mvc, MockMvcRequestBuilders.get("/actuator/env")
                    .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer("acme", "u-1", PmoRole.VIEWER))), 403,
                    "/actuator/env");
        });
    }

    private void withMvc(SecuredServlet.ThrowingConsumer<MockMvc> test) {
        SecuredServlet.withMvc(runner, test);
    }

    private static MvcResult perform(MockMvc mvc, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn();
    }

    private static Consumer<JWTClaimsSet.Builder> expired(Duration ago) {
        return claims -> claims.subject("u-1").claim("tenant", "acme").claim("roles", List.of("VIEWER"))
                .issueTime(Date.from(Instant.now().minus(Duration.ofMinutes(10))))
                .expirationTime(Date.from(Instant.now().minus(ago)));
    }

    private static void assertProblem(MvcResult result, int status, String instance) throws Exception {
        assertThat(result.getResponse().getStatus()).isEqualTo(status);
        assertThat(MediaType.parseMediaType(result.getResponse().getContentType())
                .isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        JsonNode body = PmoJson.mapper().readTree(result.getResponse().getContentAsString());
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("title").asText()).isNotBlank();
        assertThat(body.get("detail").asText()).isNotBlank().doesNotContain("Exception");
        assertThat(body.get("instance").asText()).isEqualTo(instance);
    }
}
