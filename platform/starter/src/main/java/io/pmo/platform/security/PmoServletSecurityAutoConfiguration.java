package io.pmo.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.RequestPath;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Every servlet service is an OAuth2 resource server: a JWT from the configured issuer on every request but
 * the open actuator endpoints, the service's {@link PmoAccessRules} for what a role may do, problem+json for
 * 401 and 403. Stateless: no session, no CSRF token (nothing authenticates by cookie).
 *
 * <p>Actuator (on the service's own port; the gateway never routes it): {@code health}, {@code info} and
 * {@code prometheus} are open for probes and scraping, everything else of it needs {@code PMO_ADMIN}.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration" })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(PmoSecurityProperties.class)
@EnableWebSecurity
public class PmoServletSecurityAutoConfiguration {

    /**
     * Open to anyone: probes, scraping, the error page a refused request is rendered on, and the service's OpenAPI
     * document (springdoc, {@code /v3/api-docs}): it describes the API, holds no tenant's data, and is the same
     * document the gateway publishes under {@code /api/docs} for anyone writing a client.
     */
    static final String[] OPEN_PATHS = { "/actuator/health", "/actuator/health/**", "/actuator/info",
            "/actuator/prometheus", "/error", "/v3/api-docs", "/v3/api-docs/**" };

    @Bean
    @ConditionalOnMissingBean
    JwtDecoder pmoJwtDecoder(PmoSecurityProperties properties) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri()).build();
        decoder.setJwtValidator(PmoJwtValidation.validator(properties));
        return VerifiedTokens.caching(decoder, properties);
    }

    @Bean
    SecurityFilterChain pmoSecurityFilterChain(HttpSecurity http, JwtDecoder decoder,
            ObjectProvider<PmoAccessRules> accessRules) throws Exception {
        Problems problems = new Problems();
        PmoAccessRules rules = accessRules.getIfAvailable(PmoAccessRules::none);
        http.csrf(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers(OPEN_PATHS).permitAll();
                    if (rules.openForReading().length > 0) {
                        requests.requestMatchers(HttpMethod.GET, rules.openForReading()).permitAll();
                    }
                    requests.requestMatchers("/actuator", "/actuator/**").hasRole(PmoRole.PMO_ADMIN.name())
                            .anyRequest().access(new RuleTable(rules));
                })
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(new PmoJwtAuthenticationConverter()))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return http.build();
    }

    /** Decides an API request by the service's table; anonymous callers are refused (and then asked for a token). */
    record RuleTable(PmoAccessRules rules) implements AuthorizationManager<RequestAuthorizationContext> {

        private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

        @Override
        public AuthorizationDecision authorize(java.util.function.Supplier<? extends Authentication> authentication,
                RequestAuthorizationContext context) {
            Authentication caller = authentication.get();
            if (!TRUST.isAuthenticated(caller)) {
                return new AuthorizationDecision(false);
            }
            HttpServletRequest request = context.getRequest();
            RequestPath path = RequestPath.parse(request.getRequestURI(), request.getContextPath());
            return new AuthorizationDecision(rules.allows(HttpMethod.valueOf(request.getMethod()),
                    path.pathWithinApplication(), PmoCaller.roles(caller.getAuthorities())));
        }
    }

    /** 401 and 403 as problem+json. */
    static final class Problems implements AuthenticationEntryPoint, AccessDeniedHandler {

        @Override
        public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
                throws IOException {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, ProblemResponses.wwwAuthenticate(ex));
            write(response, HttpStatus.UNAUTHORIZED, ProblemResponses.unauthorized(ex, request.getRequestURI()));
        }

        @Override
        public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
                throws IOException {
            write(response, HttpStatus.FORBIDDEN, ProblemResponses.forbidden(request.getRequestURI()));
        }

        private static void write(HttpServletResponse response, HttpStatus status, byte[] body) throws IOException {
            response.setStatus(status.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }
}
