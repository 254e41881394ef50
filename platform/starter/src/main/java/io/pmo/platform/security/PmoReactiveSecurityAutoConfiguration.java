package io.pmo.platform.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * The reactive twin of {@link PmoServletSecurityAutoConfiguration}, for the gateway: the same token checks, the
 * same claim mapping, the same fixed rules and problem+json answers. CSRF is off (the reactive default keeps it
 * on, which would answer a tokenless POST with 403 instead of 401).
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.security.autoconfigure.web.reactive.ReactiveWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.ReactiveUserDetailsServiceAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.actuate.web.reactive.ReactiveManagementWebSecurityAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.reactive.ReactiveOAuth2ResourceServerAutoConfiguration" })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@ConditionalOnClass(name = "org.springframework.web.reactive.DispatcherHandler")
@EnableConfigurationProperties(PmoSecurityProperties.class)
@EnableWebFluxSecurity
public class PmoReactiveSecurityAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ReactiveJwtDecoder pmoReactiveJwtDecoder(PmoSecurityProperties properties) {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(properties.jwkSetUri()).build();
        decoder.setJwtValidator(PmoJwtValidation.validator(properties));
        return VerifiedTokens.caching(decoder, properties);
    }

    @Bean
    SecurityWebFilterChain pmoSecurityWebFilterChain(ServerHttpSecurity http, ReactiveJwtDecoder decoder,
            ObjectProvider<PmoAccessRules> accessRules) {
        Problems problems = new Problems();
        PmoAccessRules rules = accessRules.getIfAvailable(PmoAccessRules::none);
        return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .authorizeExchange(exchanges -> {
                    exchanges.pathMatchers(PmoServletSecurityAutoConfiguration.OPEN_PATHS).permitAll();
                    if (rules.openForReading().length > 0) {
                        exchanges.pathMatchers(HttpMethod.GET, rules.openForReading()).permitAll();
                    }
                    exchanges.pathMatchers("/actuator", "/actuator/**").hasRole(PmoRole.PMO_ADMIN.name())
                            .anyExchange().access(new RuleTable(rules));
                })
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtDecoder(decoder).jwtAuthenticationConverter(
                                new ReactiveJwtAuthenticationConverterAdapter(new PmoJwtAuthenticationConverter())))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .build();
    }

    /** Decides a request by the table; anonymous callers are refused (and then asked for a token). */
    record RuleTable(PmoAccessRules rules) implements ReactiveAuthorizationManager<AuthorizationContext> {

        private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

        @Override
        public Mono<AuthorizationResult> authorize(Mono<Authentication> authentication, AuthorizationContext context) {
            ServerHttpRequest request = context.getExchange().getRequest();
            return authentication.filter(TRUST::isAuthenticated)
                    .map(caller -> (AuthorizationResult) new AuthorizationDecision(rules.allows(request.getMethod(),
                            request.getPath().pathWithinApplication(), PmoCaller.roles(caller.getAuthorities()))))
                    .defaultIfEmpty(new AuthorizationDecision(false));
        }
    }

    /** 401 and 403 as problem+json. */
    static final class Problems implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

        @Override
        public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException ex) {
            exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, ProblemResponses.wwwAuthenticate(ex));
            return write(exchange.getResponse(), HttpStatus.UNAUTHORIZED,
                    ProblemResponses.unauthorized(ex, exchange.getRequest().getPath().value()));
        }

        @Override
        public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException ex) {
            return write(exchange.getResponse(), HttpStatus.FORBIDDEN,
                    ProblemResponses.forbidden(exchange.getRequest().getPath().value()));
        }

        private static Mono<Void> write(ServerHttpResponse response, HttpStatus status, byte[] body) {
            response.setStatusCode(status);
            response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
            DataBuffer buffer = response.bufferFactory().wrap(body);
            return response.writeWith(Mono.just(buffer));
        }
    }
}
