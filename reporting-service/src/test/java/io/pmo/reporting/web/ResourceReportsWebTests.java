package io.pmo.reporting.web;

import static io.pmo.reporting.ProjectEventsMother.TENANT_A;
import static io.pmo.reporting.ProjectEventsMother.TENANT_B;
import static io.pmo.reporting.ProjectEventsMother.newProjectId;
import static io.pmo.reporting.ResourceEventsMother.WEEK_1;
import static io.pmo.reporting.ResourceEventsMother.WEEK_2;
import static io.pmo.reporting.ResourceEventsMother.confirmed;
import static io.pmo.reporting.ResourceEventsMother.cost;
import static io.pmo.reporting.ResourceEventsMother.load;
import static io.pmo.reporting.ResourceEventsMother.newAllocationId;
import static io.pmo.reporting.ResourceEventsMother.newResourceId;
import static io.pmo.reporting.ResourceEventsMother.person;
import static io.pmo.reporting.ResourceEventsMother.utilization;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import io.pmo.events.common.CloudEvent;
import io.pmo.events.resource.ResourceEvent;
import io.pmo.platform.consumer.ReceivedEvent;
import io.pmo.platform.security.PmoRole;
import io.pmo.platform.security.PmoServletSecurityAutoConfiguration;
import io.pmo.platform.testing.SliceCallers;
import io.pmo.platform.web.PmoWebAutoConfiguration;
import io.pmo.reporting.ResourceEventsMother;
import io.pmo.reporting.TestMongo;
import io.pmo.reporting.query.ResourceCostProjection;
import io.pmo.reporting.query.ResourceCostQueries;
import io.pmo.reporting.query.UtilizationProjection;
import io.pmo.reporting.query.UtilizationQueries;

/**
 * The HTTP side of utilisation and resource costs: every role reads its tenant's, nobody another tenant's; the
 * range is bounded; lists page. Tenant A has Anna (over-allocated in week 2, on project Apollo) and Ben; tenant B
 * has Bea, with figures in the same weeks.
 */
@WebMvcTest(controllers = { UtilizationController.class, ResourceCostController.class })
@ImportAutoConfiguration({ PmoWebAutoConfiguration.class, PmoServletSecurityAutoConfiguration.class })
@Import({ UtilizationQueries.class, ResourceCostQueries.class, WebSliceMongo.class })
class ResourceReportsWebTests {

    private static final String RANGE = "from=2027-03-01&to=2027-03-14";

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private TestMongo mongo;

    private final String anna = newResourceId();

    private final String ben = newResourceId();

    private final String bea = newResourceId();

    private final String apollo = newProjectId();

    @BeforeEach
    void resourcesOfTwoTenants() {
        mongo.reset();
        apply(ResourceEventsMother.history(List.of(person(TENANT_A, anna, "user-anna", "Developer"),
                utilization(TENANT_A, anna, load(WEEK_1, "40.00", "20.00", "0.00"),
                        load(WEEK_2, "40.00", "48.00", "0.00")),
                confirmed(TENANT_A, anna, newAllocationId(), apollo, cost(WEEK_1, "20.00", "2000.00", "EUR"),
                        cost(WEEK_2, "20.00", "2000.00", "EUR")))));
        apply(ResourceEventsMother.history(List.of(person(TENANT_A, ben, "user-ben", "Tester"),
                utilization(TENANT_A, ben, load(WEEK_1, "40.00", "10.00", "0.00"),
                        load(WEEK_2, "40.00", "10.00", "0.00")))));
        apply(ResourceEventsMother.history(List.of(person(TENANT_B, bea, "user-bea", "Developer"),
                utilization(TENANT_B, bea, load(WEEK_1, "40.00", "80.00", "0.00")))));
    }

    @Test
    void listsTheTenantsResourceWeeksByWeekThenResourceToEveryRole() {
        List<String> byResource = List.of(anna, ben).stream().sorted().toList();
        for (PmoRole role : PmoRole.values()) {
            assertThat(mvc.get().uri("/api/v1/reports/utilization?" + RANGE).with(caller(TENANT_A, role)))
                    .hasStatusOk().bodyJson().satisfies(json -> {
                        assertThat(json).extractingPath("$.total").isEqualTo(4);
                        assertThat(json).extractingPath("$.items[*].weekStart").asArray().containsExactly(
                                "2027-03-01", "2027-03-01", "2027-03-08", "2027-03-08");
                        assertThat(json).extractingPath("$.items[*].resourceId").asArray()
                                .containsExactly(byResource.get(0), byResource.get(1), byResource.get(0),
                                        byResource.get(1));
                        assertThat(json).extractingPath("$.items[*].tenantId").asArray().containsOnly(TENANT_A);
                        assertThat(json).doesNotHavePath("$.items[0].sources");
                    });
        }
    }

    @Test
    void filtersOverAllocatedWeeksAndPages() {
        assertThat(mvc.get().uri("/api/v1/reports/utilization?" + RANGE + "&overAllocated=true")
                .with(caller(TENANT_A))).hasStatusOk().bodyJson().satisfies(json -> {
                    assertThat(json).extractingPath("$.total").isEqualTo(1);
                    assertThat(json).extractingPath("$.items[0].resourceId").isEqualTo(anna);
                    assertThat(json).extractingPath("$.items[0].weekStart").isEqualTo("2027-03-08");
                    assertThat(json).extractingPath("$.items[0].utilization").isEqualTo(1.2);
                    assertThat(json).extractingPath("$.items[0].userId").isEqualTo("user-anna");
                    assertThat(json).extractingPath("$.items[0].role").isEqualTo("Developer");
                });
        assertThat(mvc.get().uri("/api/v1/reports/utilization?" + RANGE + "&overAllocated=false&page=1&size=2")
                .with(caller(TENANT_A))).hasStatusOk().bodyJson().satisfies(json -> {
                    assertThat(json).extractingPath("$.total").isEqualTo(3);
                    assertThat(json).extractingPath("$.items[*].weekStart").asArray().containsExactly("2027-03-08");
                });
        // a range starting mid-week takes in the whole week
        assertThat(mvc.get().uri("/api/v1/reports/utilization?from=2027-03-10&to=2027-03-10")
                .with(caller(TENANT_A))).hasStatusOk().bodyJson().extractingPath("$.total").isEqualTo(2);
    }

    @Test
    void answersOneResourcesWeeksWithItsVersionAsETag() {
        MvcTestResult result = mvc.get().uri("/api/v1/reports/utilization/{id}?" + RANGE, anna)
                .with(caller(TENANT_A)).exchange();

        assertThat(result).hasStatusOk().hasHeader(HttpHeaders.ETAG, "\"2\"");
        assertThat(result).bodyJson().satisfies(json -> {
            assertThat(json).extractingPath("$.kind").isEqualTo("PERSON");
            assertThat(json).extractingPath("$.weeks[*].confirmedHours").asArray().containsExactly(20.0, 48.0);
            assertThat(json).extractingPath("$.weeks[*].overAllocated").asArray().containsExactly(false, true);
        });
        assertThat(mvc.get().uri("/api/v1/reports/utilization/{id}?" + RANGE + "&minVersion=3", anna)
                .with(caller(TENANT_A))).hasStatus(HttpStatus.ACCEPTED);
    }

    @Test
    void answersTheProjectsResourceCostPerWeekAndInTotal() {
        assertThat(mvc.get().uri("/api/v1/reports/projects/{id}/resource-costs?" + RANGE, apollo)
                .with(caller(TENANT_A, PmoRole.PROJECT_MANAGER))).hasStatusOk().bodyJson().satisfies(json -> {
                    assertThat(json).extractingPath("$.weeks[*].weekStart").asArray()
                            .containsExactly("2027-03-01", "2027-03-08");
                    assertThat(json).extractingPath("$.weeks[0].costs[0].amount").isEqualTo(2000.00);
                    assertThat(json).extractingPath("$.totals[0].amount").isEqualTo(4000.00);
                    assertThat(json).extractingPath("$.totals[0].currency").isEqualTo("EUR");
                });
    }

    @Test
    void answersAnotherTenantsResourceOrProjectAsNotFoundProblem() {
        for (String uri : List.of("/api/v1/reports/utilization/" + bea + "?" + RANGE,
                "/api/v1/reports/utilization/" + newResourceId() + "?" + RANGE,
                "/api/v1/reports/projects/" + newProjectId() + "/resource-costs?" + RANGE)) {
            assertThat(mvc.get().uri(uri).with(caller(TENANT_A))).hasStatus(HttpStatus.NOT_FOUND)
                    .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }
        assertThat(mvc.get().uri("/api/v1/reports/projects/{id}/resource-costs?" + RANGE, apollo)
                .with(caller(TENANT_B))).hasStatus(HttpStatus.NOT_FOUND)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.get().uri("/api/v1/reports/utilization?" + RANGE).with(caller(TENANT_B))).hasStatusOk()
                .bodyJson().satisfies(json -> {
                    assertThat(json).extractingPath("$.total").isEqualTo(1);
                    assertThat(json).extractingPath("$.items[0].resourceId").isEqualTo(bea);
                });
    }

    @Test
    void refusesARangeBackwardsOrOverTenYearsNamingTo() {
        for (String uri : List.of("/api/v1/reports/utilization?from=2027-03-01&to=2037-03-09",
                "/api/v1/reports/utilization?from=2027-03-08&to=2027-03-01",
                "/api/v1/reports/utilization/" + anna + "?from=2027-03-01&to=2037-03-09",
                "/api/v1/reports/projects/" + apollo + "/resource-costs?from=2027-03-01&to=2037-03-09")) {
            assertThat(mvc.get().uri(uri).with(caller(TENANT_A))).hasStatus(HttpStatus.BAD_REQUEST)
                    .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
                    .extractingPath("$.errors[0].field").isEqualTo("to");
        }
        // 3,660 days exactly is allowed
        assertThat(mvc.get().uri("/api/v1/reports/utilization?from=2027-03-01&to=2037-03-08")
                .with(caller(TENANT_A))).hasStatusOk();
    }

    @Test
    void refusesAMissingOrMalformedParameterNamingIt() {
        assertThat(mvc.get().uri("/api/v1/reports/utilization?to=2027-03-01").with(caller(TENANT_A)))
                .hasStatus(HttpStatus.BAD_REQUEST).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.get().uri("/api/v1/reports/utilization?from=2027-13-01&to=2027-03-01")
                .with(caller(TENANT_A))).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .extractingPath("$.errors[0].field").isEqualTo("from");
        assertThat(mvc.get().uri("/api/v1/reports/utilization?" + RANGE + "&overAllocated=maybe")
                .with(caller(TENANT_A))).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .extractingPath("$.errors[0].field").isEqualTo("overAllocated");
        assertThat(mvc.get().uri("/api/v1/reports/utilization?" + RANGE + "&size=201").with(caller(TENANT_A)))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors[0].field").isEqualTo("size");
    }

    private void apply(List<CloudEvent> events) {
        ResourceCostProjection costs = new ResourceCostProjection(mongo.template());
        UtilizationProjection utilization = new UtilizationProjection(mongo.template());
        for (CloudEvent envelope : events) {
            ReceivedEvent<ResourceEvent> received = ResourceEventsMother.received(envelope);
            costs.apply(received.event(), received);
            utilization.apply(received.event(), received);
        }
    }

    /** A validated token of this tenant (a viewer unless a role is given), mapped by the platform's converter. */
    private static RequestPostProcessor caller(String tenantId, PmoRole... roles) {
        List<String> granted = roles.length == 0 ? List.of(PmoRole.VIEWER.name())
                : List.of(roles).stream().map(PmoRole::name).toList();
        return SliceCallers.caller("user-7", tenantId, granted);
    }
}
