package io.pmo.risk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.util.List;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import io.pmo.platform.security.PmoServletSecurityAutoConfiguration;
import io.pmo.platform.testing.SliceCallers;
import io.pmo.platform.web.PmoWebAutoConfiguration;
import io.pmo.risk.query.RiskQueries;
import io.pmo.risk.query.RiskSettingsQueries;

/** The risk API as a slice: bad input 400 naming the field with no command sent, and the role table. */
@WebMvcTest(controllers = { RiskController.class, IssueController.class, RiskSettingsController.class })
@ImportAutoConfiguration({ PmoWebAutoConfiguration.class, PmoServletSecurityAutoConfiguration.class })
@Import({ RiskRoleTable.class, RiskId.FromPath.class })
class RiskWebTests {

    private final String riskId = UUID.randomUUID().toString();

    @Autowired
    private MockMvcTester mvc;

    @MockitoBean
    private CommandGateway commands;

    @MockitoBean
    private RiskQueries risks;

    @MockitoBean
    private RiskSettingsQueries settings;

    private static RequestPostProcessor caller(String role) {
        return SliceCallers.caller("ro-1", "acme", List.of(role));
    }

    private MvcTestResult post(String path, String json, String role) {
        return mvc.post().uri(path).with(caller(role)).contentType(MediaType.APPLICATION_JSON).content(json)
                .exchange();
    }

    @Test
    void badInputIs400NamingTheFieldAndSendsNothing() {
        String project = UUID.randomUUID().toString();
        String[][] cases = {
                { "/api/v1/risks/" + riskId + "/assessments", "{\"kind\":\"INHERENT\",\"probability\":0,\"impact\":3}",
                        "probability" },
                { "/api/v1/risks/" + riskId + "/assessments", "{\"kind\":\"INHERENT\",\"probability\":6,\"impact\":3}",
                        "probability" },
                { "/api/v1/risks/" + riskId + "/assessments", "{\"kind\":\"INHERENT\",\"probability\":3,\"impact\":3,"
                        + "\"costImpact\":{\"amount\":\"-1\",\"currency\":\"EUR\"}}", "costImpact.amount" },
                { "/api/v1/risks", "{\"projectId\":\"" + project + "\",\"kind\":\"DANGER\",\"title\":\"T\","
                        + "\"category\":\"C\"}", "kind" },
                { "/api/v1/risks", "{\"projectId\":\"x\",\"kind\":\"THREAT\",\"title\":\"T\",\"category\":\"C\"}",
                        "projectId" },
                { "/api/v1/risks", "{\"projectId\":\"" + project + "\",\"kind\":\"THREAT\",\"category\":\"C\"}",
                        "title" },
                { "/api/v1/risks/" + riskId + "/responses", "{\"strategy\":\"PRAY\",\"description\":\"x\"}",
                        "strategy" },
                { "/api/v1/risks/" + riskId + "/closure", "{}", "reason" } };
        for (String[] bad : cases) {
            MvcTestResult result = post(bad[0], bad[1], "RISK_OWNER");

            assertThat(result).as(bad[1]).hasStatus(HttpStatus.BAD_REQUEST)
                    .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(result).as(bad[1]).bodyJson().extractingPath("$.errors[*].field").asArray().contains(bad[2]);
        }
        verify(commands, never()).sendAndWait(any());
    }

    @Test
    void rolesThatDoNotWriteRisksAreRefused() {
        String risk = "{\"projectId\":\"" + UUID.randomUUID() + "\",\"kind\":\"THREAT\",\"title\":\"T\","
                + "\"category\":\"C\"}";
        for (String role : List.of("VIEWER", "RESOURCE_MANAGER")) {
            assertThat(post("/api/v1/risks", risk, role)).as(role).hasStatus(HttpStatus.FORBIDDEN);
        }
        assertThat(mvc.put().uri("/api/v1/settings/risk").with(caller("RISK_OWNER"))
                .contentType(MediaType.APPLICATION_JSON).content("{}")).hasStatus(HttpStatus.FORBIDDEN);
        verify(commands, never()).sendAndWait(any());
    }
}
