package io.pmo.gateway.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The per-principal rate limit of the gateway ({@code pmo.gateway.rate-limit.*}). The defaults sit well above what
 * one client of the load benchmark sends, so they throttle a runaway client, not a busy one.
 *
 * @param enabled           off: every request passes (the limiter keeps no state)
 * @param requestsPerSecond the steady rate a principal may keep up: the bucket refills at this rate
 * @param burst             the bucket's size: how many requests a principal may send at once after a quiet spell
 * @param maxPrincipals     how many principals' buckets are kept at most, so that a flood of distinct tokens cannot
 *                          exhaust memory (see {@link TokenBuckets})
 */
@ConfigurationProperties("pmo.gateway.rate-limit")
public record RateLimitProperties(@DefaultValue("true") boolean enabled,
        @DefaultValue("200") double requestsPerSecond,
        @DefaultValue("400") int burst,
        @DefaultValue("100000") int maxPrincipals) {

    public RateLimitProperties {
        if (requestsPerSecond <= 0 || burst < 1 || maxPrincipals < 1) {
            throw new IllegalArgumentException("pmo.gateway.rate-limit needs requests-per-second > 0, burst >= 1 "
                    + "and max-principals >= 1");
        }
    }
}
