package io.pmo.platform.security;

import static io.pmo.platform.security.PmoRole.PMO_ADMIN;
import static io.pmo.platform.security.PmoRole.PROJECT_MANAGER;
import static io.pmo.platform.security.PmoRole.VIEWER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.http.HttpMethod;

/** The role table: reads for everyone, admin for PMO admins, writes only where a service grants them. */
class PmoAccessRulesTests {

    private final PmoAccessRules projects = PmoAccessRules.builder()
            .allow(HttpMethod.POST, "/api/v1/projects/**", PMO_ADMIN, PROJECT_MANAGER)
            .allow(HttpMethod.PUT, "/api/v1/projects/**", PMO_ADMIN, PROJECT_MANAGER)
            .build();

    @ParameterizedTest
    @EnumSource(PmoRole.class)
    void letsEveryRoleReadTheApi(PmoRole role) {
        assertThat(projects.allows(HttpMethod.GET, "/api/v1/projects/p-1", Set.of(role))).isTrue();
        assertThat(projects.allows(HttpMethod.HEAD, "/api/v1/reports/projects", Set.of(role))).isTrue();
        assertThat(PmoAccessRules.none().allows(HttpMethod.GET, "/api/v1/audit", Set.of(role))).isTrue();
    }

    @Test
    void letsAnAuthenticatedCallerWithoutAnyRoleReadToo() {
        assertThat(projects.allows(HttpMethod.GET, "/api/v1/projects", Set.of())).isTrue();
    }

    @Test
    void grantsTheServicesWritesToTheRolesItNames() {
        assertThat(projects.allows(HttpMethod.POST, "/api/v1/projects", Set.of(PROJECT_MANAGER))).isTrue();
        assertThat(projects.allows(HttpMethod.PUT, "/api/v1/projects/p-1/name", Set.of(PMO_ADMIN))).isTrue();
        assertThat(projects.allows(HttpMethod.POST, "/api/v1/projects/p-1/status-changes", Set.of(VIEWER, PROJECT_MANAGER)))
                .isTrue();
    }

    @Test
    void refusesAWriteToARoleTheRuleDoesNotName() {
        assertThat(projects.allows(HttpMethod.POST, "/api/v1/projects", Set.of(VIEWER))).isFalse();
        assertThat(projects.allows(HttpMethod.PUT, "/api/v1/projects/p-1/name", Set.of(PmoRole.RISK_OWNER))).isFalse();
    }

    @Test
    void refusesAWriteNoRuleGrantsEvenToAPmoAdmin() {
        assertThat(projects.allows(HttpMethod.DELETE, "/api/v1/projects/p-1", Set.of(PMO_ADMIN))).isFalse();
        assertThat(projects.allows(HttpMethod.POST, "/api/v1/portfolios", Set.of(PMO_ADMIN))).isFalse();
        assertThat(PmoAccessRules.none().allows(HttpMethod.POST, "/api/v1/reports/projects", Set.of(PMO_ADMIN)))
                .isFalse();
    }

    @Test
    void keepsTheAdminPathForPmoAdminsWhateverTheMethodOrTheServicesRules() {
        PmoAccessRules generous = PmoAccessRules.builder().allowAnyAuthenticated(HttpMethod.POST, "/api/**").build();

        assertThat(generous.allows(HttpMethod.POST, "/api/v1/admin/consumers/reporting-service/dlq/replay",
                Set.of(PROJECT_MANAGER))).isFalse();
        assertThat(generous.allows(HttpMethod.GET, "/api/v1/admin/consumers/reporting-service/dlq", Set.of(VIEWER)))
                .isFalse();
        assertThat(generous.allows(HttpMethod.POST, "/api/v1/admin/consumers/reporting-service/dlq/replay",
                Set.of(PMO_ADMIN))).isTrue();
    }

    @Test
    void matchesAnEncodedSpellingOfAPathLikeThePlainOne() {
        assertThat(projects.allows(HttpMethod.GET, "/api/v1/%61dmin/consumers", Set.of(VIEWER))).isFalse();
    }

    @Test
    void refusesWhatIsNotUnderTheApi() {
        assertThat(projects.allows(HttpMethod.GET, "/internal/state", Set.of(PMO_ADMIN))).isFalse();
    }

    @Test
    void letsTheGatewayPassAnyAuthenticatedWriteOnToTheServices() {
        PmoAccessRules gateway = PmoAccessRules.builder().allowAnyAuthenticated(HttpMethod.PUT, "/api/**").build();

        assertThat(gateway.allows(HttpMethod.PUT, "/api/v1/projects/p-1/name", Set.of(VIEWER))).isTrue();
        assertThat(gateway.allows(HttpMethod.POST, "/api/v1/projects", Set.of(VIEWER))).isFalse();
    }
}
