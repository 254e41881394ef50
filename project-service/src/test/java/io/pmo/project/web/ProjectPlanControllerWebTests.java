package io.pmo.project.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static io.pmo.project.web.SliceCallers.caller;

import java.math.BigDecimal;
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

import io.pmo.events.common.Money;
import io.pmo.events.project.EarnedValueMethod;
import io.pmo.platform.security.PmoServletSecurityAutoConfiguration;
import io.pmo.platform.web.PmoWebAutoConfiguration;
import io.pmo.project.command.ProjectCommands.AddTask;
import io.pmo.project.command.ProjectCommands.TaskPlan;
import io.pmo.project.query.ProjectPlanQueries;
import io.pmo.project.query.ProjectSettingsQueries;

/**
 * The plan endpoints as a slice: a task's plan reaches the gateway as sent (name trimmed, money as Money,
 * checkpoint ids minted), bad plans are 400 naming the field with no command sent, and reads of an unknown plan are
 * 404.
 */
@WebMvcTest(controllers = ProjectPlanController.class)
@ImportAutoConfiguration({ PmoWebAutoConfiguration.class, PmoServletSecurityAutoConfiguration.class })
@Import({ ProjectRoleTable.class, ProjectId.FromPath.class })
class ProjectPlanControllerWebTests {

    private final String projectId = UUID.randomUUID().toString();

    @Autowired
    private MockMvcTester mvc;

    @MockitoBean
    private CommandGateway commands;

    @MockitoBean
    private ProjectPlanQueries plans;

    @MockitoBean
    private ProjectSettingsQueries settings;

    @Test
    void addsATaskAsPlannedAndAnswers201WithItsLocation() {
        given(commands.sendAndWait(any(AddTask.class))).willReturn(4L);

        MvcTestResult result = post("/tasks", "{\"name\":\" Design \",\"durationDays\":5,"
                + "\"plannedCost\":{\"amount\":\"1200.50\",\"currency\":\"EUR\"},\"earnedValueMethod\":"
                + "\"WEIGHTED_MILESTONES\",\"checkpoints\":[{\"name\":\"Draft\",\"weight\":40},{\"name\":\"Final\","
                + "\"weight\":60}]}");

        assertThat(result).hasStatus(HttpStatus.CREATED).hasHeader(HttpHeaders.ETAG, "\"4\"");
        ArgumentCaptor<AddTask> sent = ArgumentCaptor.forClass(AddTask.class);
        verify(commands).sendAndWait(sent.capture());
        TaskPlan plan = sent.getValue().plan();
        assertThat(sent.getValue().projectId()).isEqualTo(projectId);
        assertThat(plan.name()).isEqualTo("Design");
        assertThat(plan.durationDays()).isEqualTo(5);
        assertThat(plan.plannedCost()).isEqualTo(new Money(new BigDecimal("1200.50"), "EUR"));
        assertThat(plan.earnedValueMethod()).isEqualTo(EarnedValueMethod.WEIGHTED_MILESTONES);
        assertThat(plan.checkpoints()).extracting(checkpoint -> checkpoint.checkpointId()).doesNotContainNull();
        assertThat(result.getResponse().getHeader(HttpHeaders.LOCATION))
                .isEqualTo("/api/v1/projects/" + projectId + "/tasks/" + sent.getValue().taskId());
    }

    @Test
    void refusesBadPlansWith400NamingTheFieldAndSendsNothing() {
        for (String[] bad : List.of(
                new String[] { "{\"name\":\"x\",\"durationDays\":1.5,\"earnedValueMethod\":\"ZERO_HUNDRED\"}",
                        "durationDays" },
                new String[] { "{\"name\":\"x\",\"durationDays\":-1,\"earnedValueMethod\":\"ZERO_HUNDRED\"}",
                        "durationDays" },
                new String[] { "{\"name\":\"x\",\"durationDays\":1,\"earnedValueMethod\":\"GUESSWORK\"}",
                        "earnedValueMethod" },
                new String[] { "{\"name\":\"x\",\"durationDays\":1,\"earnedValueMethod\":\"ZERO_HUNDRED\","
                        + "\"plannedCost\":{\"amount\":\"0.001\",\"currency\":\"EUR\"}}", "plannedCost.amount" },
                new String[] { "{\"name\":\"x\",\"durationDays\":1,\"earnedValueMethod\":\"WEIGHTED_MILESTONES\","
                        + "\"checkpoints\":[{\"name\":\"Half\",\"weight\":1E+30}]}", "checkpoints[0].weight" },
                new String[] { "{\"name\":\"x\",\"durationDays\":1,\"earnedValueMethod\":\"ZERO_HUNDRED\","
                        + "\"taskId\":\"t-1\"}", "taskId" })) {
            MvcTestResult result = post("/tasks", bad[0]);

            assertThat(result).as(bad[0]).hasStatus(HttpStatus.BAD_REQUEST)
                    .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(result).bodyJson().extractingPath("$.errors[*].field").asArray().contains(bad[1]);
        }
        verify(commands, never()).sendAndWait(any());
    }

    @Test
    void refusesAMustFinishByOutsideTheBusinessDatesBeforeReadingThePlan() {
        assertThat(mvc.get().uri("/api/v1/projects/{id}/schedule?mustFinishBy=+99999-01-01", projectId)
                .with(caller("VIEWER"))).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .extractingPath("$.errors[0].field").isEqualTo("mustFinishBy");
        verify(plans, never()).find(any(), any());
    }

    @Test
    void answersAnUnknownPlanOrAMalformedIdWith404() {
        given(plans.find("acme", projectId)).willReturn(Optional.empty());

        assertThat(mvc.get().uri("/api/v1/projects/{id}/plan", projectId).with(caller("VIEWER")))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/api/v1/projects/not-a-project/plan").with(caller("VIEWER")))
                .hasStatus(HttpStatus.NOT_FOUND).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private MvcTestResult post(String path, String json) {
        return mvc.post().uri("/api/v1/projects/{id}" + path, projectId).with(caller("PROJECT_MANAGER"))
                .contentType(MediaType.APPLICATION_JSON).content(json).exchange();
    }
}
