package io.pmo.gateway.limits;

import java.security.Principal;
import java.net.InetSocketAddress;
import java.util.Optional;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.server.ServerWebExchange;

import io.pmo.gateway.GatewayProblems;
import io.pmo.platform.security.PmoCaller;
import reactor.core.publisher.Mono;

/**
 * The per-principal rate limit on every routed request: one token bucket per tenant and subject of the bearer
 * token ({@link TokenBuckets}). Over the limit the answer is 429 problem+json with {@code Retry-After}, and the
 * request goes to no service. Security runs first (a WebFilter before any route), so a request without a valid
 * token is 401 and never spends a token; the few routes open without a token (the API docs) are limited per
 * client address instead.
 *
 * <p>Spring Cloud Gateway's {@code RequestRateLimiter} filter was not used: when it refuses, it answers with an
 * empty body, not problem+json.
 */
public final class PrincipalRateLimitFilter implements GlobalFilter, Ordered {

    /** Before every other filter of the route, the circuit breaker included: a refused call costs nothing. */
    public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 100;

    private final TokenBuckets buckets;

    private final RateLimitProperties properties;

    public PrincipalRateLimitFilter(TokenBuckets buckets, RateLimitProperties properties) {
        this.buckets = buckets;
        this.properties = properties;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        if (!properties.enabled()) {
            return chain.filter(exchange);
        }
        return exchange.getPrincipal().map(PrincipalRateLimitFilter::key)
                .defaultIfEmpty(anonymousKey(exchange))
                .flatMap(key -> {
                    TokenBuckets.Decision decision = buckets.take(key);
                    exchange.getResponse().getHeaders().set("X-RateLimit-Remaining",
                            Long.toString(decision.remaining()));
                    if (decision.allowed()) {
                        return chain.filter(exchange);
                    }
                    return GatewayProblems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "More than "
                            + properties.burst() + " requests at once or " + properties.requestsPerSecond()
                            + " per second from this caller; retry after " + decision.retryAfterSeconds() + " s",
                            decision.retryAfterSeconds());
                });
    }

    /** Tenant and subject of the token: two tenants' users with the same id are two principals. */
    static String key(Principal principal) {
        if (principal instanceof Authentication authentication) {
            Optional<PmoCaller> caller = PmoCaller.of(authentication);
            if (caller.isPresent()) {
                return "token:" + caller.get().tenantId() + ":" + caller.get().principal();
            }
        }
        return "principal:" + principal.getName();
    }

    private static String anonymousKey(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return "address:" + (remote == null || remote.getAddress() == null ? "unknown"
                : remote.getAddress().getHostAddress());
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
