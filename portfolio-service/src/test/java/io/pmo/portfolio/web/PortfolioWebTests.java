package io.pmo.portfolio.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

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
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import io.pmo.platform.security.PmoServletSecurityAutoConfiguration;
import io.pmo.platform.testing.SliceCallers;
import io.pmo.platform.web.PmoWebAutoConfiguration;
import io.pmo.portfolio.command.PortfolioCommands.CreatePortfolio;
import io.pmo.portfolio.query.PortfolioQueries;
import io.pmo.portfolio.query.PortfolioSettingsQueries;

/**
 * portfolio-service's API as a slice: bad input is 400 naming the field and sends no command, the role table
 * holds (portfolio managers and admins write, settings only admins, everyone reads), unknown portfolios are 404.
 */
@WebMvcTest(controllers = { PortfolioController.class, CandidateController.class, ScenarioController.class,
        PortfolioSettingsController.class })
@ImportAutoConfiguration({ PmoWebAutoConfiguration.class, PmoServletSecurityAutoConfiguration.class })
@Import({ PortfolioRoleTable.class, PortfolioId.FromPath.class })
class PortfolioWebTests {

    private final String portfolioId = UUID.randomUUID().toString();

    private final String projectId = UUID.randomUUID().toString();

    @Autowired
    private MockMvcTester mvc;

    @MockitoBean
    private CommandGateway commands;

    @MockitoBean
    private PortfolioQueries portfolios;

    @MockitoBean
    private KnownPortfolios known;

    @MockitoBean
    private PortfolioSettingsQueries settings;

    private static RequestPostProcessor caller(String role) {
        return SliceCallers.caller("pm-1", "acme", List.of(role));
    }

    private MvcTestResult send(String method, String path, String json, String role) {
        var request = switch (method) {
            case "PUT" -> mvc.put();
            default -> mvc.post();
        };
        return request.uri("/api/v1/portfolios/" + portfolioId + path).with(caller(role))
                .contentType(MediaType.APPLICATION_JSON).content(json).exchange();
    }

    @Test
    void createsAPortfolioOwnedByTheCallerUnlessOneIsNamed() {
        given(commands.sendAndWait(any(CreatePortfolio.class))).willReturn(0L);

        MvcTestResult result = mvc.post().uri("/api/v1/portfolios").with(caller("PORTFOLIO_MANAGER"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\" FY27 \",\"currency\":\"EUR\"}")
                .exchange();

        assertThat(result).hasStatus(HttpStatus.CREATED).bodyJson().extractingPath("$.version").isEqualTo(0);
        org.mockito.ArgumentCaptor<CreatePortfolio> sent = org.mockito.ArgumentCaptor.forClass(CreatePortfolio.class);
        verify(commands).sendAndWait(sent.capture());
        assertThat(sent.getValue().name()).isEqualTo("FY27");
        assertThat(sent.getValue().ownerId()).isEqualTo("pm-1");
        assertThat(sent.getValue().tenantId()).isEqualTo("acme");
    }

    @Test
    void badBodiesAre400NamingTheFieldAndSendNothing() {
        String[][] cases = {
                { "PUT", "/budgets/2027", "{\"amount\":{\"amount\":\"-1\",\"currency\":\"EUR\"}}", "amount.amount" },
                { "PUT", "/budgets/2027", "{\"amount\":{\"amount\":\"0.001\",\"currency\":\"EUR\"}}", "amount.amount" },
                { "PUT", "/objectives", "{\"objectives\":[{\"name\":\"Grow\",\"weight\":0}]}", "objectives[0].weight" },
                { "PUT", "/objectives", "{\"objectives\":[{\"name\":\"Grow\",\"weight\":50.5}]}",
                        "objectives[0].weight" },
                { "PUT", "/scoring-model", "{\"criteria\":[{\"key\":\"Value\",\"name\":\"V\",\"weight\":100,"
                        + "\"scale\":[1,2]}]}", "criteria[0].key" },
                { "PUT", "/scoring-model", "{\"criteria\":[{\"key\":\"value\",\"name\":\"V\",\"weight\":100,"
                        + "\"scale\":[1,200]}]}", "criteria[0].scale[1]" },
                { "POST", "/candidates", "{\"projectId\":\"" + projectId + "\",\"fiscalYear\":2027,"
                        + "\"estimatedCost\":{\"amount\":\"-5\",\"currency\":\"EUR\"}}", "estimatedCost.amount" },
                { "POST", "/candidates", "{\"projectId\":\"not-a-project\",\"fiscalYear\":2027,"
                        + "\"estimatedCost\":{\"amount\":\"5\",\"currency\":\"EUR\"}}", "projectId" },
                { "POST", "/candidates", "{\"projectId\":\"" + projectId + "\",\"fiscalYear\":99999,"
                        + "\"estimatedCost\":{\"amount\":\"5\",\"currency\":\"EUR\"}}", "fiscalYear" },
                { "POST", "/candidates/" + projectId + "/scores", "{\"modelVersion\":1,\"ratings\":{\"value\":101}}",
                        "ratings[value]" },
                { "POST", "/candidates/" + projectId + "/gate-decisions", "{\"decision\":\"APPROVE\"}", "reason" },
                { "POST", "/candidates/" + projectId + "/gate-decisions", "{\"decision\":\"MAYBE\",\"reason\":\"x\"}",
                        "decision" },
                { "POST", "/scenarios", "{\"name\":\"FY27\",\"budget\":{\"amount\":\"1E+30\",\"currency\":\"EUR\"}}",
                        "budget.amount" },
                { "POST", "/scenarios", "{\"name\":\"FY27\",\"budget\":{\"amount\":\"1\",\"currency\":\"EUR\"},"
                        + "\"frontier\":{\"from\":{\"amount\":\"0\",\"currency\":\"EUR\"},\"to\":{\"amount\":\"1\","
                        + "\"currency\":\"EUR\"},\"points\":1000}}", "frontier.points" } };
        for (String[] bad : cases) {
            MvcTestResult result = send(bad[0], bad[1], bad[2], "PORTFOLIO_MANAGER");

            assertThat(result).as(bad[1] + " " + bad[2]).hasStatus(HttpStatus.BAD_REQUEST)
                    .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(result).as(bad[2]).bodyJson().extractingPath("$.errors[*].field").asArray().contains(bad[3]);
            assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("https://pmo.io/problems/bad-request");
        }
        verify(commands, never()).sendAndWait(any());
    }

    @Test
    void onlyPortfolioManagersAndAdminsWriteAndOnlyAdminsTheSettings() {
        for (String role : List.of("VIEWER", "PROJECT_MANAGER", "RESOURCE_MANAGER", "RISK_OWNER")) {
            assertThat(send("POST", "/scenarios", "{\"name\":\"FY27\",\"budget\":{\"amount\":\"1\",\"currency\":"
                    + "\"EUR\"}}", role)).as(role).hasStatus(HttpStatus.FORBIDDEN);
        }
        assertThat(mvc.put().uri("/api/v1/settings/portfolio").with(caller("PORTFOLIO_MANAGER"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"gates\":[]}")).hasStatus(HttpStatus.FORBIDDEN);
        verify(commands, never()).sendAndWait(any());
    }

    @Test
    void anUnknownOrMalformedPortfolioIs404() {
        given(portfolios.find("acme", portfolioId)).willReturn(Optional.empty());

        assertThat(mvc.get().uri("/api/v1/portfolios/{id}", portfolioId).with(caller("VIEWER")))
                .hasStatus(HttpStatus.NOT_FOUND).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().extractingPath("$.type").isEqualTo("https://pmo.io/problems/not-found");
        assertThat(mvc.get().uri("/api/v1/portfolios/not-a-portfolio").with(caller("VIEWER")))
                .hasStatus(HttpStatus.NOT_FOUND);
    }
}
