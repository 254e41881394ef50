package io.pmo.resource.web;

import static io.pmo.platform.security.PmoRole.PMO_ADMIN;
import static io.pmo.platform.security.PmoRole.PROJECT_MANAGER;
import static io.pmo.platform.security.PmoRole.RESOURCE_MANAGER;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import io.pmo.platform.security.PmoAccessRules;

/**
 * resource-service's role table (CONVENTIONS.md Security): resource managers and PMO admins write resources and
 * confirm, reject or release allocations; project managers (and admins) request allocations, for projects they
 * manage (the aggregate's rule); the tenant's resource settings are PMO admins'. A what-if stores nothing, so every
 * role may ask one. Every role reads.
 */
@Configuration(proxyBeanMethods = false)
public class ResourceRoleTable {

    @Bean
    PmoAccessRules resourceAccessRules() {
        return PmoAccessRules.builder()
                .allow(HttpMethod.POST, "/api/v1/resources", PMO_ADMIN, RESOURCE_MANAGER)
                .allow(HttpMethod.PUT, "/api/v1/resources/**", PMO_ADMIN, RESOURCE_MANAGER)
                .allow(HttpMethod.POST, "/api/v1/resources/*/absences", PMO_ADMIN, RESOURCE_MANAGER)
                .allow(HttpMethod.DELETE, "/api/v1/resources/*/absences/*", PMO_ADMIN, RESOURCE_MANAGER)
                .allow(HttpMethod.POST, "/api/v1/resources/*/allocations", PMO_ADMIN, PROJECT_MANAGER,
                        RESOURCE_MANAGER)
                .allow(HttpMethod.POST, "/api/v1/resources/*/allocations/*/confirmation", PMO_ADMIN, RESOURCE_MANAGER)
                .allow(HttpMethod.POST, "/api/v1/resources/*/allocations/*/rejection", PMO_ADMIN, RESOURCE_MANAGER)
                .allow(HttpMethod.POST, "/api/v1/resources/*/allocations/*/release", PMO_ADMIN, RESOURCE_MANAGER)
                .allowAnyAuthenticated(HttpMethod.POST, "/api/v1/capacity/what-if")
                .allow(HttpMethod.PUT, "/api/v1/settings/resource", PMO_ADMIN)
                .build();
    }
}
