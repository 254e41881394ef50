package io.pmo.gateway;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;

import io.pmo.platform.security.PmoAccessRules;

/** The one API entry point. Routes live in {@code gateway.yml}; there is no business logic here. */
@SpringBootApplication
public class GatewayApplication {

    public static final String CONFIG_NAME = "gateway";

    /** The Swagger UI, its assets and configuration, and the services' documents routed as /api/docs/<service>. */
    static final String[] DOCS_PATHS = { "/api/docs", "/api/docs/**", "/webjars/swagger-ui/**" };

    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(GatewayApplication.class)
                .web(WebApplicationType.REACTIVE)
                .properties("spring.config.name=" + CONFIG_NAME);
    }

    public static void main(String[] args) {
        builder().run(args);
    }

    /**
     * The gateway authenticates every API call but does not repeat the services' role tables: a write with a
     * valid token is passed on and the service behind the route decides (its deny-by-default still holds).
     * The admin path stays PMO_ADMIN-only here too. The API docs (Swagger UI and the services' OpenAPI documents
     * routed under {@code /api/docs}) are open for reading without a token: they describe the API and hold no data.
     */
    @Bean
    PmoAccessRules gatewayAccessRules() {
        PmoAccessRules.Builder rules = PmoAccessRules.builder()
                .openForReading(DOCS_PATHS);
        PmoAccessRules.WRITE_METHODS.forEach(method -> rules.allowAnyAuthenticated(method, "/api/**"));
        return rules.build();
    }
}
