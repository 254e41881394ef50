package io.pmo.gateway.limits;

import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR;
import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import io.pmo.gateway.GatewayProblems;
import io.swagger.v3.oas.annotations.Hidden;
import reactor.core.publisher.Mono;

/**
 * Where every route's circuit breaker forwards when its service cannot answer: refused connection, no answer
 * within the route's response timeout, a 502/503/504 from the service, or the breaker open. Answers at once with
 * 503 problem+json naming the service (route metadata {@code service}) and a {@code Retry-After} of the breaker's
 * wait in the open state. Reached only by the gateway's own forward: a client calling this path gets 401/403 from
 * the security rules like any other unlisted path.
 */
@Hidden
@RestController
public class ServiceUnavailableFallback {

    /** The {@code fallbackUri} of the routes' CircuitBreaker filter, as {@code forward:} + this path. */
    public static final String PATH = "/gateway/fallback/service-unavailable";

    private static final Logger log = LoggerFactory.getLogger(ServiceUnavailableFallback.class);

    private final Duration retryAfter;

    public ServiceUnavailableFallback(
            @Value("${pmo.gateway.circuit-breaker.wait-in-open-state:10s}") Duration retryAfter) {
        this.retryAfter = retryAfter;
    }

    @RequestMapping(PATH)
    public Mono<Void> serviceUnavailable(ServerWebExchange exchange) {
        Route route = exchange.getAttribute(GATEWAY_ROUTE_ATTR);
        String service = route == null ? "the service"
                : String.valueOf(route.getMetadata().getOrDefault("service", route.getId()));
        Throwable cause = exchange.getAttribute(CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        log.debug("{} unavailable on route {}", service, route == null ? null : route.getId(), cause);
        return GatewayProblems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE, service
                + " is not available at the moment; the request was not completed, retry later",
                Math.max(1, retryAfter.toSeconds()));
    }
}
