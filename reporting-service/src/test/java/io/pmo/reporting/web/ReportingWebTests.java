package io.pmo.reporting.web;

import static io.pmo.reporting.ProjectEventsMother.TENANT_A;
import static io.pmo.reporting.ProjectEventsMother.TENANT_B;
import static io.pmo.reporting.ProjectEventsMother.cloudEvent;
import static io.pmo.reporting.ProjectEventsMother.created;
import static io.pmo.reporting.ProjectEventsMother.newProjectId;
import static io.pmo.reporting.ProjectEventsMother.renamed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import java.util.Arrays;
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
import io.pmo.events.project.ProjectEvent;
import io.pmo.platform.security.PmoJwtAuthenticationConverter;
import io.pmo.platform.security.PmoRole;
import io.pmo.platform.security.PmoServletSecurityAutoConfiguration;
import io.pmo.platform.web.PmoWebAutoConfiguration;
import io.pmo.platform.query.TenantQueries;
import io.pmo.reporting.EvmEventsMother;
import io.pmo.reporting.ProjectEventsMother;
import io.pmo.reporting.TestMongo;
import io.pmo.reporting.query.AuditLogProjection;
import io.pmo.reporting.query.AuditQueries;
import io.pmo.reporting.query.DashboardProjection;
import io.pmo.reporting.query.EvmInputsProjection;
import io.pmo.reporting.query.ProjectReportProjection;
import io.pmo.reporting.query.ProjectReportQueries;
import io.pmo.reporting.query.RagDefinitionQueries;

/** The HTTP side of the read models: token identity, paging and validation, tenant isolation, ETag, JSON shape. */
@WebMvcTest(controllers = { AuditController.class, ProjectReportController.class })
@ImportAutoConfiguration({ PmoWebAutoConfiguration.class, PmoServletSecurityAutoConfiguration.class })
@Import({ AuditQueries.class, ProjectReportQueries.class, WebSliceMongo.class })
class ReportingWebTests {

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private TestMongo mongo;

    private String projectId;

    private CloudEvent renamed;

    @BeforeEach
    void aRenamedProjectOfTenantA() {
        mongo.reset();
        projectId = newProjectId();
        apply(cloudEvent(created(TENANT_A, projectId, "Apollo"), 0), created(TENANT_A, projectId, "Apollo"));
        ProjectEvent rename = renamed(TENANT_A, projectId, "Apollo", "Artemis");
        renamed = cloudEvent(rename, 1);
        apply(renamed, rename);
    }

    @Test
    void refusesARequestWithoutTokenAsProblemJson() {
        assertThat(mvc.get().uri("/api/v1/reports/projects")).hasStatus(HttpStatus.UNAUTHORIZED)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void ignoresTenantHeadersAndReadsTheTenantFromTheTokenOnly() {
        assertThat(mvc.get().uri("/api/v1/reports/projects/{id}", projectId).header("X-Tenant-Id", TENANT_A)
                .with(caller(TENANT_B))).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void refusesAnyWriteEvenToAPmoAdmin() {
        assertThat(mvc.post().uri("/api/v1/reports/projects").with(caller(TENANT_A, PmoRole.PMO_ADMIN))
                .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .hasStatus(HttpStatus.FORBIDDEN).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void listsTheAuditTrailOfAnAggregateWithItsPayloadAsJson() {
        MvcTestResult result = mvc.get().uri("/api/v1/audit?aggregateId={id}", projectId)
                .with(caller(TENANT_A)).exchange();

        assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
        assertThat(result).bodyJson().extractingPath("$.total").isEqualTo(2);
        assertThat(result).bodyJson().extractingPath("$.size").isEqualTo(50);
        assertThat(result).bodyJson().extractingPath("$.items[*].aggregateSequence").asArray().containsExactly(0, 1);
        assertThat(result).bodyJson().extractingPath("$.items[1].eventId").isEqualTo(renamed.id());
        assertThat(result).bodyJson().extractingPath("$.items[1].type").isEqualTo("io.pmo.project.ProjectRenamed.v1");
        assertThat(result).bodyJson().extractingPath("$.items[1].time").isEqualTo(renamed.time().toString());
        assertThat(result).bodyJson().extractingPath("$.items[1].principal").isEqualTo(ProjectEventsMother.PRINCIPAL);
        assertThat(result).bodyJson().extractingPath("$.items[1].payload.name").isEqualTo("Artemis");
        assertThat(result).bodyJson().extractingPath("$.items[0].payload.plannedStart").isEqualTo("2026-04-01");
    }

    @Test
    void showsAnotherTenantNoAuditEntries() {
        assertThat(mvc.get().uri("/api/v1/audit?aggregateId={id}", projectId).with(caller(TENANT_B)))
                .hasStatusOk().bodyJson().extractingPath("$.total").isEqualTo(0);
    }

    @Test
    void requiresTheAggregateIdOfAnAuditRead() {
        assertThat(mvc.get().uri("/api/v1/audit").with(caller(TENANT_A)))
                .hasStatus(HttpStatus.BAD_REQUEST).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void refusesPagesLargerThan200AndNegativePages() {
        assertThat(mvc.get().uri("/api/v1/audit?aggregateId={id}&size=201", projectId).with(caller(TENANT_A)))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors[0].field").isEqualTo("size");
        assertThat(mvc.get().uri("/api/v1/reports/projects?page=-1").with(caller(TENANT_A)))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors[0].field").isEqualTo("page");
        assertThat(mvc.get().uri("/api/v1/reports/projects?size=abc").with(caller(TENANT_A)))
                .hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void answersAReportRowWithItsVersionAsETag() {
        MvcTestResult result = mvc.get().uri("/api/v1/reports/projects/{id}", projectId).with(caller(TENANT_A))
                .exchange();

        assertThat(result).hasStatusOk().hasHeader(HttpHeaders.ETAG, "\"1\"");
        assertThat(result).bodyJson().extractingPath("$.name").isEqualTo("Artemis");
        assertThat(result).bodyJson().extractingPath("$.plannedStart").isEqualTo("2026-04-01");
        assertThat(result).bodyJson().extractingPath("$.lastEventId").isEqualTo(renamed.id());
        assertThat(result).bodyJson().doesNotHavePath("$.sources");
    }

    @Test
    void answersAnotherTenantsRowAsNotFound() {
        assertThat(mvc.get().uri("/api/v1/reports/projects/{id}", projectId).with(caller(TENANT_B)))
                .hasStatus(HttpStatus.NOT_FOUND).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void answers202WithTheCurrentRowWhenItDoesNotReachTheRequestedVersion() {
        assertThat(mvc.get().uri("/api/v1/reports/projects/{id}?minVersion=1", projectId).with(caller(TENANT_A)))
                .hasStatusOk();
        assertThat(mvc.get().uri("/api/v1/reports/projects/{id}", projectId).header("X-Min-Version", "2")
                .with(caller(TENANT_A))).hasStatus(HttpStatus.ACCEPTED).bodyJson().extractingPath("$.lastSequence")
                .isEqualTo(1);
    }

    @Test
    void listsTheTenantsReportRows() {
        ProjectEvent other = created(TENANT_B, newProjectId(), "Borealis");
        apply(cloudEvent(other, 0), other);

        assertThat(mvc.get().uri("/api/v1/reports/projects?page=0&size=10").with(caller(TENANT_A)))
                .hasStatusOk().bodyJson().satisfies(json -> {
                    assertThat(json).extractingPath("$.total").isEqualTo(1);
                    assertThat(json).extractingPath("$.items[0].projectId").isEqualTo(projectId);
                });
    }

    @Test
    void filtersTheDashboardByComputedRagAndStatusAndSortsBySpiDescendingWithRowsWithoutSpiLast() {
        String tracked = trackedProject();

        assertThat(mvc.get().uri("/api/v1/reports/projects?computedRag=AMBER").with(caller(TENANT_A)))
                .hasStatusOk().bodyJson().satisfies(json -> {
                    assertThat(json).extractingPath("$.total").isEqualTo(1);
                    assertThat(json).extractingPath("$.items[0].projectId").isEqualTo(tracked);
                    assertThat(json).extractingPath("$.items[0].computedRag.definitionVersion").isEqualTo(0);
                    assertThat(json).extractingPath("$.items[0].evm.spi").isEqualTo(0.8889);
                    assertThat(json).doesNotHavePath("$.items[0].dashboardSequence");
                });
        assertThat(mvc.get().uri("/api/v1/reports/projects?status=ACTIVE").with(caller(TENANT_A)))
                .hasStatusOk().bodyJson().extractingPath("$.total").isEqualTo(0);
        assertThat(mvc.get().uri("/api/v1/reports/projects?sort=-spi").with(caller(TENANT_A)))
                .hasStatusOk().bodyJson().extractingPath("$.items[*].projectId").isEqualTo(List.of(tracked, projectId));
        assertThat(mvc.get().uri("/api/v1/reports/projects?sort=spi").with(caller(TENANT_A)))
                .hasStatusOk().bodyJson().extractingPath("$.items[*].projectId").isEqualTo(List.of(projectId, tracked));
    }

    @Test
    void refusesAnUnknownSortNamingTheField() {
        assertThat(mvc.get().uri("/api/v1/reports/projects?sort=budget").with(caller(TENANT_A)))
                .hasStatus(HttpStatus.BAD_REQUEST).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("sort");
        assertThat(mvc.get().uri("/api/v1/reports/projects?computedRag=PURPLE").with(caller(TENANT_A)))
                .hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void listsAProjectsComputedRagResultsOnlyToItsTenant() {
        String tracked = trackedProject();

        assertThat(mvc.get().uri("/api/v1/reports/projects/{id}/rag-results", tracked).with(caller(TENANT_A)))
                .hasStatusOk().bodyJson().satisfies(json -> {
                    assertThat(json).extractingPath("$.items[-1:].projectSequence").isEqualTo(List.of(9));
                    assertThat(json).extractingPath("$.items[-1:].rag.overall").isEqualTo(List.of("AMBER"));
                    assertThat(json).extractingPath("$.items[*].rag.definitionVersion").asArray().containsOnly(0);
                });
        assertThat(mvc.get().uri("/api/v1/reports/projects/{id}/rag-results", tracked).with(caller(TENANT_B)))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    /** {@link EvmEventsMother}'s project with its dashboard computed: SPI 0.8889, so AMBER by the default definition. */
    private String trackedProject() {
        String tracked = newProjectId();
        DashboardProjection dashboard = new DashboardProjection(mongo.template(),
                new RagDefinitionQueries(new TenantQueries(mongo.template())));
        List<ProjectEvent> events = EvmEventsMother.events(TENANT_A, tracked);
        for (int sequence = 0; sequence < events.size(); sequence++) {
            ProjectEvent event = events.get(sequence);
            CloudEvent envelope = cloudEvent(event, sequence);
            apply(envelope, event);
            new EvmInputsProjection(mongo.template()).apply(event, ProjectEventsMother.received(envelope, event));
            dashboard.apply(event, ProjectEventsMother.received(envelope, event));
        }
        return tracked;
    }

    private void apply(CloudEvent envelope, ProjectEvent event) {
        new AuditLogProjection(mongo.template(), ProjectEventsMother.fixedClock())
                .record(event, ProjectEventsMother.received(envelope, event));
        new ProjectReportProjection(mongo.template(), ProjectEventsMother.fixedClock())
                .apply(event, ProjectEventsMother.received(envelope, event));
    }

    /**
     * A validated token of this tenant (a viewer unless roles are given), its claims mapped to authorities by
     * the platform's own converter, as the security chain would.
     */
    private static RequestPostProcessor caller(String tenantId, PmoRole... roles) {
        PmoRole[] granted = roles.length == 0 ? new PmoRole[] { PmoRole.VIEWER } : roles;
        return jwt().jwt(token -> token.subject("user-7").claim("tenant", tenantId)
                .claim("roles", Arrays.stream(granted).map(PmoRole::name).toList()))
                .authorities(token -> new PmoJwtAuthenticationConverter().convert(token).getAuthorities());
    }
}
