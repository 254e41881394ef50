package io.pmo.project.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.http.HttpMethod;

import io.pmo.platform.security.PmoAccessRules;
import io.pmo.platform.security.PmoRole;

/** project-service's rows of the CONVENTIONS.md matrix: PMO admins and project managers write projects. */
class ProjectRoleTableTests {

    private static final Set<PmoRole> WRITERS = EnumSet.of(PmoRole.PMO_ADMIN, PmoRole.PROJECT_MANAGER);

    private final PmoAccessRules rules = new ProjectRoleTable().projectAccessRules();

    @ParameterizedTest
    @EnumSource(PmoRole.class)
    void letsOnlyPmoAdminsAndProjectManagersWriteProjects(PmoRole role) {
        boolean writer = WRITERS.contains(role);

        assertThat(rules.allows(HttpMethod.POST, "/api/v1/projects", Set.of(role))).isEqualTo(writer);
        assertThat(rules.allows(HttpMethod.PUT, "/api/v1/projects/p-1/name", Set.of(role))).isEqualTo(writer);
        assertThat(rules.allows(HttpMethod.PUT, "/api/v1/projects/p-1/planned-dates", Set.of(role))).isEqualTo(writer);
        assertThat(rules.allows(HttpMethod.POST, "/api/v1/projects/p-1/status-changes", Set.of(role))).isEqualTo(writer);
        assertThat(rules.allows(HttpMethod.PUT, "/api/v1/projects/p-1/details", Set.of(role))).isEqualTo(writer);
        assertThat(rules.allows(HttpMethod.POST, "/api/v1/projects/p-1/tasks", Set.of(role))).isEqualTo(writer);
        assertThat(rules.allows(HttpMethod.PUT, "/api/v1/projects/p-1/tasks/t-1/predecessors", Set.of(role)))
                .isEqualTo(writer);
        assertThat(rules.allows(HttpMethod.DELETE, "/api/v1/projects/p-1/tasks/t-1", Set.of(role))).isEqualTo(writer);
        assertThat(rules.allows(HttpMethod.GET, "/api/v1/projects/p-1", Set.of(role))).isTrue();
        assertThat(rules.allows(HttpMethod.GET, "/api/v1/projects/p-1/schedule", Set.of(role))).isTrue();
    }

    @ParameterizedTest
    @EnumSource(PmoRole.class)
    void letsOnlyPmoAdminsWriteTheProjectSettingsAndEveryRoleReadThem(PmoRole role) {
        assertThat(rules.allows(HttpMethod.PUT, "/api/v1/settings/project", Set.of(role)))
                .isEqualTo(role == PmoRole.PMO_ADMIN);
        assertThat(rules.allows(HttpMethod.GET, "/api/v1/settings/project", Set.of(role))).isTrue();
        assertThat(rules.allows(HttpMethod.PUT, "/api/v1/projects/p-1/calendar", Set.of(role))).isEqualTo(
                WRITERS.contains(role));
        assertThat(rules.allows(HttpMethod.PUT, "/api/v1/projects/p-1/custom-fields", Set.of(role))).isEqualTo(
                WRITERS.contains(role));
    }

    @ParameterizedTest
    @EnumSource(PmoRole.class)
    void grantsNoDeleteButOfTasksAndNothingOutsideProjects(PmoRole role) {
        assertThat(rules.allows(HttpMethod.DELETE, "/api/v1/projects/p-1", Set.of(role))).isFalse();
        assertThat(rules.allows(HttpMethod.POST, "/api/v1/portfolios", Set.of(role))).isFalse();
    }
}
