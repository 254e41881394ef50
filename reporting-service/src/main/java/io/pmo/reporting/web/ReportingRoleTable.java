package io.pmo.reporting.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.pmo.platform.security.PmoAccessRules;

/**
 * reporting-service's role table: it takes no writes from clients (its read models are fed by events); the
 * only writes are under {@code /api/v1/admin/**}, which the platform keeps for PMO admins.
 */
@Configuration(proxyBeanMethods = false)
public class ReportingRoleTable {

    @Bean
    PmoAccessRules reportingAccessRules() {
        return PmoAccessRules.none();
    }
}
