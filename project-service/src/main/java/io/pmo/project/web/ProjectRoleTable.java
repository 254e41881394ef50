package io.pmo.project.web;

import static io.pmo.platform.security.PmoRole.PMO_ADMIN;
import static io.pmo.platform.security.PmoRole.PROJECT_MANAGER;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import io.pmo.platform.security.PmoAccessRules;

/**
 * project-service's role table (CONVENTIONS.md Security), the one place that says who writes here: projects
 * are written by PMO admins and project managers, the tenant's project settings by PMO admins only; every other
 * role only reads (the platform's default).
 * Which projects a project manager may write is the aggregate's rule, not the route's.
 */
@Configuration(proxyBeanMethods = false)
public class ProjectRoleTable {

    @Bean
    PmoAccessRules projectAccessRules() {
        return PmoAccessRules.builder()
                .allow(HttpMethod.POST, "/api/v1/projects/**", PMO_ADMIN, PROJECT_MANAGER)
                .allow(HttpMethod.PUT, "/api/v1/projects/**", PMO_ADMIN, PROJECT_MANAGER)
                .allow(HttpMethod.DELETE, "/api/v1/projects/*/tasks/*", PMO_ADMIN, PROJECT_MANAGER)
                .allow(HttpMethod.PUT, "/api/v1/settings/project", PMO_ADMIN)
                .build();
    }
}
