package io.pmo.reporting.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import io.pmo.platform.security.PmoAccessRules;
import io.pmo.platform.security.PmoRole;

/**
 * reporting-service's role table: its read models are fed by events; the only client writes are its settings
 * (the RAG thresholds, PMO admins) and {@code /api/v1/admin/**}, which the platform keeps for PMO admins.
 */
@Configuration(proxyBeanMethods = false)
public class ReportingRoleTable {

    @Bean
    PmoAccessRules reportingAccessRules() {
        return PmoAccessRules.builder()
                .allow(HttpMethod.PUT, "/api/v1/settings/reporting", PmoRole.PMO_ADMIN)
                .build();
    }
}
