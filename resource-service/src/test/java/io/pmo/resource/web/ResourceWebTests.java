package io.pmo.resource.web;

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
import io.pmo.resource.query.CapacityQueries;
import io.pmo.resource.query.ProjectAllocations;
import io.pmo.resource.query.ResourceQueries;
import io.pmo.resource.query.ResourceSettingsQueries;

/**
 * resource-service's API as a slice: bad input is 400 naming the field with no command sent; the role table
 * (resource managers write resources and decide allocations, project managers request, admins set the policy).
 */
@WebMvcTest(controllers = { ResourceController.class, AllocationController.class, CapacityController.class,
        ResourceSettingsController.class })
@ImportAutoConfiguration({ PmoWebAutoConfiguration.class, PmoServletSecurityAutoConfiguration.class })
@Import({ ResourceRoleTable.class, ResourceId.FromPath.class })
class ResourceWebTests {

    private final String resourceId = UUID.randomUUID().toString();

    @Autowired
    private MockMvcTester mvc;

    @MockitoBean
    private CommandGateway commands;

    @MockitoBean
    private ResourceQueries resources;

    @MockitoBean
    private ProjectAllocations projectAllocations;

    @MockitoBean
    private CapacityQueries capacity;

    @MockitoBean
    private ResourceSettingsQueries settings;

    private static RequestPostProcessor caller(String role) {
        return SliceCallers.caller("rm-1", "acme", List.of(role));
    }

    private MvcTestResult post(String path, String json, String role) {
        return mvc.post().uri(path).with(caller(role)).contentType(MediaType.APPLICATION_JSON).content(json)
                .exchange();
    }

    @Test
    void badInputIs400NamingTheFieldAndSendsNothing() {
        String project = UUID.randomUUID().toString();
        String[][] cases = {
                { "/api/v1/resources", "{\"kind\":\"PERSON\",\"userId\":\"ann\",\"role\":\"Dev\",\"hoursPerDay\":25,"
                        + "\"costRate\":{\"amount\":\"100\",\"currency\":\"EUR\"}}", "hoursPerDay" },
                { "/api/v1/resources", "{\"kind\":\"ROBOT\",\"role\":\"Dev\",\"hoursPerDay\":8,"
                        + "\"costRate\":{\"amount\":\"100\",\"currency\":\"EUR\"}}", "kind" },
                { "/api/v1/resources", "{\"kind\":\"PERSON\",\"userId\":\"ann\",\"role\":\"Dev\",\"hoursPerDay\":8,"
                        + "\"costRate\":{\"amount\":\"-1\",\"currency\":\"EUR\"}}", "costRate.amount" },
                { "/api/v1/resources/" + resourceId + "/allocations", "{\"projectId\":\"" + project + "\","
                        + "\"from\":\"2027-01-04\",\"to\":\"2027-01-15\",\"hoursPerWeek\":200}", "hoursPerWeek" },
                { "/api/v1/resources/" + resourceId + "/allocations", "{\"projectId\":\"x\","
                        + "\"from\":\"2027-01-04\",\"to\":\"2027-01-15\",\"percent\":50}", "projectId" },
                { "/api/v1/resources/" + resourceId + "/allocations", "{\"projectId\":\"" + project + "\","
                        + "\"from\":\"+99999-01-04\",\"to\":\"2027-01-15\",\"percent\":50}", "from" },
                { "/api/v1/capacity/what-if", "{\"skill\":\"java\",\"from\":\"2027-01-04\",\"to\":\"2027-03-01\","
                        + "\"hires\":{\"count\":0,\"hoursPerDay\":8,\"from\":\"2027-02-01\"}}", "hires.count" } };
        for (String[] bad : cases) {
            MvcTestResult result = post(bad[0], bad[1], "RESOURCE_MANAGER");

            assertThat(result).as(bad[1]).hasStatus(HttpStatus.BAD_REQUEST)
                    .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(result).as(bad[1]).bodyJson().extractingPath("$.errors[*].field").asArray().contains(bad[2]);
        }
        assertThat(mvc.get().uri("/api/v1/resources/{id}/utilization?from=2027-01-04&to=2027-02-01&granularity=day",
                resourceId).with(caller("VIEWER"))).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .extractingPath("$.errors[0].field").isEqualTo("granularity");
        assertThat(mvc.get().uri("/api/v1/capacity?skill=java&from=2027-01-04&to=2047-01-04").with(caller("VIEWER")))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors[0].field").isEqualTo("to");
        verify(commands, never()).sendAndWait(any());
    }

    @Test
    void rolesDecideWhoWritesWhat() {
        String resource = "{\"kind\":\"PERSON\",\"userId\":\"ann\",\"role\":\"Dev\",\"hoursPerDay\":8,"
                + "\"costRate\":{\"amount\":\"100\",\"currency\":\"EUR\"}}";
        for (String role : List.of("VIEWER", "PROJECT_MANAGER", "PORTFOLIO_MANAGER", "RISK_OWNER")) {
            assertThat(post("/api/v1/resources", resource, role)).as(role).hasStatus(HttpStatus.FORBIDDEN);
        }
        assertThat(post("/api/v1/resources/" + resourceId + "/allocations/al-1/confirmation", "{}",
                "PROJECT_MANAGER")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.put().uri("/api/v1/settings/resource").with(caller("RESOURCE_MANAGER"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"workingWeekdays\":[\"MONDAY\"],"
                        + "\"overAllocationPolicy\":\"REFUSE\"}")).hasStatus(HttpStatus.FORBIDDEN);
        verify(commands, never()).sendAndWait(any());
    }
}
