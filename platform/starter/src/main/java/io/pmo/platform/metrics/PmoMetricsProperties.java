package io.pmo.platform.metrics;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the platform's own metrics, under {@code pmo.metrics}.
 *
 * @param maxTenants how many tenants get their own {@code tenant} tag value per service; the rest share
 * {@value TenantTags#OTHER}
 * @param refresh how often query-based gauges (business figures from read models) are recomputed
 */
@ConfigurationProperties("pmo.metrics")
public record PmoMetricsProperties(Integer maxTenants, Duration refresh) {

    public PmoMetricsProperties {
        maxTenants = maxTenants == null ? 50 : maxTenants;
        refresh = refresh == null ? Duration.ofSeconds(30) : refresh;
        if (maxTenants < 1 || maxTenants > 1000) {
            throw new IllegalArgumentException("pmo.metrics.max-tenants must be 1..1000, was " + maxTenants);
        }
        if (refresh.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("pmo.metrics.refresh must be at least 1s, was " + refresh);
        }
    }
}
