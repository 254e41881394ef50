package io.pmo.portfolio.web;

import static io.pmo.platform.security.PmoRole.PMO_ADMIN;
import static io.pmo.platform.security.PmoRole.PORTFOLIO_MANAGER;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import io.pmo.platform.security.PmoAccessRules;

/**
 * portfolio-service's role table (CONVENTIONS.md Security): portfolios, their candidates, scores, scenarios and
 * gate decisions are written by PMO admins and portfolio managers (a gate's own approver roles narrow its
 * decisions further, in the aggregate); the tenant's portfolio settings by PMO admins only. Every role reads.
 */
@Configuration(proxyBeanMethods = false)
public class PortfolioRoleTable {

    @Bean
    PmoAccessRules portfolioAccessRules() {
        return PmoAccessRules.builder()
                .allow(HttpMethod.POST, "/api/v1/portfolios/**", PMO_ADMIN, PORTFOLIO_MANAGER)
                .allow(HttpMethod.PUT, "/api/v1/portfolios/**", PMO_ADMIN, PORTFOLIO_MANAGER)
                .allow(HttpMethod.PUT, "/api/v1/settings/portfolio", PMO_ADMIN)
                .build();
    }
}
