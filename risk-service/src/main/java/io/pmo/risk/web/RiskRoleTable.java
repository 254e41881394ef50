package io.pmo.risk.web;

import static io.pmo.platform.security.PmoRole.PMO_ADMIN;
import static io.pmo.platform.security.PmoRole.PORTFOLIO_MANAGER;
import static io.pmo.platform.security.PmoRole.PROJECT_MANAGER;
import static io.pmo.platform.security.PmoRole.RISK_OWNER;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import io.pmo.platform.security.PmoAccessRules;

/**
 * risk-service's role table (CONVENTIONS.md Security): risk owners, project managers (for the projects they
 * manage), portfolio managers and PMO admins raise and write risks, issues and decisions; which risk a caller may
 * change is the aggregate's rule (its owner, or an admin; a portfolio's risk also its portfolio managers). The
 * tenant's risk settings are PMO admins'. Every role reads.
 */
@Configuration(proxyBeanMethods = false)
public class RiskRoleTable {

    @Bean
    PmoAccessRules riskAccessRules() {
        PmoAccessRules.Builder rules = PmoAccessRules.builder();
        for (String path : new String[] { "/api/v1/risks/**", "/api/v1/issues/**", "/api/v1/decisions/**" }) {
            rules.allow(HttpMethod.POST, path, PMO_ADMIN, RISK_OWNER, PROJECT_MANAGER, PORTFOLIO_MANAGER)
                    .allow(HttpMethod.PUT, path, PMO_ADMIN, RISK_OWNER, PROJECT_MANAGER, PORTFOLIO_MANAGER);
        }
        return rules.allow(HttpMethod.PUT, "/api/v1/settings/risk", PMO_ADMIN).build();
    }
}
