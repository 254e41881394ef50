package io.pmo.platform.openapi;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

/**
 * Each service's OpenAPI document (springdoc, {@code GET /v3/api-docs}, open without a token), which the gateway
 * routes as {@code /api/docs/<service>} and shows in one Swagger UI at {@code /api/docs}. The document names the
 * bearer-token scheme every endpoint needs, and a relative server ({@code /}): read through the gateway, "try it
 * out" calls the gateway, not the service's own port. A service without springdoc on its classpath (it excluded
 * {@code springdoc-openapi-starter-webmvc-api} from the starter) gets no document.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(name = "org.springdoc.webmvc.core.configuration.SpringDocWebMvcConfiguration")
public class PmoOpenApiAutoConfiguration {

    static final String BEARER = "bearer-jwt";

    @Bean
    @ConditionalOnMissingBean
    OpenAPI pmoOpenApi(@Value("${spring.application.name:pmo}") String service) {
        return new OpenAPI()
                .info(new Info().title("PMO Platform: " + service).version("v1")
                        .description("The " + service + " part of the PMO API (base path /api/v1). Errors are "
                                + "RFC 9457 application/problem+json; every call needs a bearer token with the "
                                + "tenant and roles claims."))
                .addServersItem(new Server().url("/"))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
