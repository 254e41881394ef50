package io.pmo.project.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static io.pmo.project.web.SliceCallers.caller;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import io.pmo.events.project.ProjectStatus;
import io.pmo.platform.security.PmoServletSecurityAutoConfiguration;
import io.pmo.platform.web.PmoWebAutoConfiguration;
import io.pmo.project.command.ProjectCommands.CreateProject;
import io.pmo.project.command.ProjectCommands.ProjectStarted;
import io.pmo.project.command.ProjectCommands.RenameProject;
import io.pmo.project.query.ProjectSummary;
import io.pmo.project.query.ProjectSummaryQueries;

/**
 * {@code /api/v1/projects} as a slice: what reaches the command gateway from a valid request, and that an invalid
 * one is answered 400 naming the field without any command sent; reads answer 404, 202 or 200 with the ETag.
 */
@WebMvcTest(controllers = ProjectController.class)
@ImportAutoConfiguration({ PmoWebAutoConfiguration.class, PmoServletSecurityAutoConfiguration.class })
@Import(ProjectRoleTable.class)
class ProjectControllerWebTests {

    @Autowired
    private MockMvcTester mvc;

    @MockitoBean
    private CommandGateway commands;

    @MockitoBean
    private ProjectSummaryQueries summaries;

    @Test
    void proposesAProjectWithTheTrimmedNameAndAnswers201WithLocationAndVersion() {
        given(commands.sendAndWait(any(CreateProject.class))).willReturn(new ProjectStarted(1, "pm-1"));

        MvcTestResult result = mvc.post().uri("/api/v1/projects").with(caller("PROJECT_MANAGER"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"  ERP rollout \",\"plannedStart\":\"2027-01-04\",\"plannedFinish\":\"2027-09-30\"}")
                .exchange();

        assertThat(result).hasStatus(HttpStatus.CREATED).hasHeader(HttpHeaders.ETAG, "\"1\"");
        ArgumentCaptor<CreateProject> sent = ArgumentCaptor.forClass(CreateProject.class);
        verify(commands).sendAndWait(sent.capture());
        assertThat(sent.getValue()).extracting(CreateProject::tenantId, CreateProject::name,
                CreateProject::plannedStart, CreateProject::plannedFinish).containsExactly("acme", "ERP rollout",
                        LocalDate.of(2027, 1, 4), LocalDate.of(2027, 9, 30));
        assertThat(result.getResponse().getHeader(HttpHeaders.LOCATION))
                .isEqualTo("/api/v1/projects/" + sent.getValue().projectId());
        assertThat(result).bodyJson().extractingPath("$.managerId").isEqualTo("pm-1");
    }

    @Test
    void refusesInvalidOrOutOfBoundsFieldsWith400NamingThemAndSendsNothing() {
        for (String[] bad : List.of(
                new String[] { "{\"plannedStart\":\"2027-01-04\",\"plannedFinish\":\"2027-09-30\"}", "name" },
                new String[] { "{\"name\":\"x\",\"plannedStart\":\"2027-09-30\",\"plannedFinish\":\"2027-01-04\"}",
                        "plannedFinish" },
                new String[] { "{\"name\":\"x\",\"plannedStart\":\"2027-01-04\",\"plannedFinish\":\"+999999999-12-31\"}",
                        "plannedFinish" },
                new String[] { "{\"name\":\"x\\u0007\",\"plannedStart\":\"2027-01-04\",\"plannedFinish\":\"2027-09-30\"}",
                        "name" },
                new String[] { "{\"name\":\"x\",\"plannedStart\":\"2027-01-04\",\"plannedFinish\":\"2027-09-30\","
                        + "\"status\":\"ACTIVE\"}", "status" },
                new String[] { "{\"name\":\"x\",\"plannedStart\":\"2027-01-04\",\"plannedFinish\":\"2027-09-30\","
                        + "\"managerId\":\"not a user id\"}", "managerId" })) {
            MvcTestResult result = mvc.post().uri("/api/v1/projects").with(caller("PROJECT_MANAGER"))
                    .contentType(MediaType.APPLICATION_JSON).content(bad[0]).exchange();

            assertThat(result).as(bad[0]).hasStatus(HttpStatus.BAD_REQUEST)
                    .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(result).bodyJson().extractingPath("$.errors[*].field").asArray().contains(bad[1]);
        }
        verify(commands, never()).sendAndWait(any());
    }

    @Test
    void refusesAViewersWriteWith403AndSendsNothing() {
        assertThat(mvc.put().uri("/api/v1/projects/{id}/name", UUID.randomUUID()).with(caller("VIEWER"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"x\"}")).hasStatus(HttpStatus.FORBIDDEN);
        verify(commands, never()).sendAndWait(any());
    }

    @Test
    void passesIfMatchAsTheExpectedVersionAndAnswersTheNewOneAsETag() {
        String id = UUID.randomUUID().toString();
        given(commands.sendAndWait(any(RenameProject.class))).willReturn(5L);

        assertThat(mvc.put().uri("/api/v1/projects/{id}/name", id).with(caller("PROJECT_MANAGER"))
                .header(HttpHeaders.IF_MATCH, "\"4\"").contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"Wave 1\"}")).hasStatusOk().hasHeader(HttpHeaders.ETAG, "\"5\"");
        verify(commands).sendAndWait(new RenameProject(id, "Wave 1", 4L));
    }

    @Test
    void answersAnUnknownOrMalformedIdWith404() {
        String unknown = UUID.randomUUID().toString();
        given(summaries.find("acme", unknown)).willReturn(Optional.empty());

        assertThat(mvc.get().uri("/api/v1/projects/{id}", unknown).with(caller("VIEWER")))
                .hasStatus(HttpStatus.NOT_FOUND).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.get().uri("/api/v1/projects/not-a-uuid").with(caller("VIEWER")))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void answersTheSummaryWithItsVersionAsETag() {
        String id = UUID.randomUUID().toString();
        given(summaries.find("acme", id)).willReturn(Optional.of(new ProjectSummary(id, "acme", "ERP rollout",
                LocalDate.of(2027, 1, 4), LocalDate.of(2027, 9, 30), ProjectStatus.PROPOSED, "pm-1", 3,
                Instant.parse("2026-12-01T09:00:00Z"), Instant.parse("2026-12-01T09:05:00Z"), "event-3")));

        assertThat(mvc.get().uri("/api/v1/projects/{id}?minVersion=3", id).with(caller("VIEWER"))).hasStatusOk()
                .hasHeader(HttpHeaders.ETAG, "\"3\"").bodyJson().extractingPath("$.name").isEqualTo("ERP rollout");
        assertThat(mvc.get().uri("/api/v1/projects/{id}?minVersion=-1", id).with(caller("VIEWER")))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors[0].field")
                .isEqualTo("minVersion");
    }
}
