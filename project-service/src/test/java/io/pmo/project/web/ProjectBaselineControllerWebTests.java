package io.pmo.project.web;

import static org.mockito.BDDMockito.given;
import static io.pmo.project.web.SliceCallers.caller;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import io.pmo.platform.security.PmoServletSecurityAutoConfiguration;
import io.pmo.platform.web.PmoWebAutoConfiguration;
import io.pmo.project.query.ProjectBaseline;
import io.pmo.project.query.ProjectBaselineQueries;
import io.pmo.project.query.ProjectPlanQueries;

/**
 * Reading one baseline as a slice: {@code minVersion} holds the answer until the document reflects the write that
 * the caller saw (the saved baseline and its performance flag arrive as two events), 202 while it does not.
 */
@WebMvcTest(controllers = ProjectBaselineController.class)
@ImportAutoConfiguration({ PmoWebAutoConfiguration.class, PmoServletSecurityAutoConfiguration.class })
@Import({ ProjectRoleTable.class, ProjectId.FromPath.class })
class ProjectBaselineControllerWebTests {

    private final String projectId = UUID.randomUUID().toString();

    private final String baselineId = UUID.randomUUID().toString();

    @Autowired
    private MockMvcTester mvc;

    @MockitoBean
    private CommandGateway commands;

    @MockitoBean
    private ProjectBaselineQueries baselines;

    @MockitoBean
    private ProjectPlanQueries plans;

    @MockitoBean
    private KnownProjects projects;

    @Test
    void answers202WithWhatIsThereWhileTheDesignationIsNotYetApplied() {
        given(baselines.find("acme", projectId, baselineId)).willReturn(Optional.of(baseline(false, 7)));

        assertThat(mvc.get().uri("/api/v1/projects/{id}/baselines/{b}?minVersion=8", projectId, baselineId)
                .with(caller("VIEWER"))).hasStatus(HttpStatus.ACCEPTED).bodyJson()
                .extractingPath("$.performance").isEqualTo(false);
    }

    @Test
    void answers200OnceTheBaselineReachesTheVersionTheWriteAnswered() {
        given(baselines.find("acme", projectId, baselineId)).willReturn(Optional.of(baseline(true, 8)));

        assertThat(mvc.get().uri("/api/v1/projects/{id}/baselines/{b}", projectId, baselineId)
                .header("X-Min-Version", "8").with(caller("VIEWER"))).hasStatus(HttpStatus.OK).bodyJson()
                .extractingPath("$.performance").isEqualTo(true);
    }

    @Test
    void answersAnUnknownBaselineWith404() {
        given(baselines.find("acme", projectId, baselineId)).willReturn(Optional.empty());

        assertThat(mvc.get().uri("/api/v1/projects/{id}/baselines/{b}", projectId, baselineId)
                .with(caller("VIEWER"))).hasStatus(HttpStatus.NOT_FOUND);
    }

    private ProjectBaseline baseline(boolean performance, long version) {
        return new ProjectBaseline(baselineId, projectId, "acme", "Approved plan", Instant.parse("2027-01-01T09:00:00Z"),
                LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 22), null, List.of(), List.of(), List.of(),
                performance, version);
    }
}
