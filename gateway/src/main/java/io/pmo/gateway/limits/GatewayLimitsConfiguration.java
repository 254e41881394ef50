package io.pmo.gateway.limits;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;

/**
 * The gateway's limits: the per-principal rate limit and the settings of the per-route circuit breakers (the
 * breakers themselves are the {@code CircuitBreaker} default filter of {@code gateway.yml}, one per route id).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
public class GatewayLimitsConfiguration {

    @Bean
    TokenBuckets rateLimitBuckets(RateLimitProperties properties, ObjectProvider<Clock> clock) {
        return new TokenBuckets(clock.getIfAvailable(Clock::systemUTC), properties.requestsPerSecond(),
                properties.burst(), properties.maxPrincipals());
    }

    @Bean
    PrincipalRateLimitFilter principalRateLimitFilter(TokenBuckets buckets, RateLimitProperties properties) {
        return new PrincipalRateLimitFilter(buckets, properties);
    }

    /**
     * Every route's breaker: it opens when half of the last {@code window} calls (at least {@code minimum-calls})
     * failed, stays open for {@code wait-in-open-state}, then lets a few probes through. A failure is what reaches
     * the breaker as an error: a refused connection, the route's response timeout, or a 502/503/504 answer (the
     * filter's {@code statusCodes}); a 4xx, like any answer the service gave on purpose, is a success. Resilience4j's
     * own time limit (1 s by default, shorter than some reads that wait for a read model) is set above the HTTP
     * client's response timeout, which is the one that applies.
     */
    @Bean
    Customizer<ReactiveResilience4JCircuitBreakerFactory> pmoRouteBreakers(
            @Value("${pmo.gateway.circuit-breaker.window:20}") int window,
            @Value("${pmo.gateway.circuit-breaker.minimum-calls:10}") int minimumCalls,
            @Value("${pmo.gateway.circuit-breaker.failure-rate-threshold:50}") float failureRateThreshold,
            @Value("${pmo.gateway.circuit-breaker.wait-in-open-state:10s}") Duration waitInOpenState,
            @Value("${spring.cloud.gateway.server.webflux.httpclient.response-timeout:10s}") Duration responseTimeout) {
        CircuitBreakerConfig breaker = CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(window)
                .minimumNumberOfCalls(minimumCalls)
                .failureRateThreshold(failureRateThreshold)
                .waitDurationInOpenState(waitInOpenState)
                .permittedNumberOfCallsInHalfOpenState(3)
                .automaticTransitionFromOpenToHalfOpenEnabled(false)
                .build();
        TimeLimiterConfig timeLimit = TimeLimiterConfig.custom()
                .timeoutDuration(responseTimeout.plusSeconds(5))
                .cancelRunningFuture(true)
                .build();
        return factory -> factory.configureDefault(id -> new Resilience4JConfigBuilder(id)
                .circuitBreakerConfig(breaker).timeLimiterConfig(timeLimit).build());
    }
}
