package io.pmo.platform.metrics;

import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The platform's metric helpers: the bounded {@code tenant} tag, and the schedule that refreshes every
 * {@link GaugeQuery} bean of the service.
 */
@AutoConfiguration(
        afterName = "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration")
@ConditionalOnClass(MeterRegistry.class)
@EnableConfigurationProperties(PmoMetricsProperties.class)
public class PmoMetricsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    TenantTags pmoTenantTags(PmoMetricsProperties properties) {
        return new TenantTags(properties.maxTenants());
    }

    @Bean
    @ConditionalOnBean({ GaugeQuery.class, MeterRegistry.class })
    RefreshedGauges pmoRefreshedGauges(List<GaugeQuery> queries, TenantTags tenants, PmoMetricsProperties properties,
            MeterRegistry meters) {
        return new RefreshedGauges(queries, tenants, properties.refresh(), meters);
    }
}
