package io.pmo.reporting.web;

import static io.pmo.reporting.PortfolioEventsMother.candidate;
import static io.pmo.reporting.PortfolioEventsMother.envelope;
import static io.pmo.reporting.PortfolioEventsMother.newPortfolioId;
import static io.pmo.reporting.ProjectEventsMother.TENANT_A;
import static io.pmo.reporting.ProjectEventsMother.TENANT_B;
import static io.pmo.reporting.ProjectEventsMother.newProjectId;
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
import io.pmo.events.portfolio.PortfolioEvent;
import io.pmo.platform.consumer.ReceivedEvent;
import io.pmo.platform.query.TenantQueries;
import io.pmo.platform.security.PmoRole;
import io.pmo.platform.security.PmoServletSecurityAutoConfiguration;
import io.pmo.platform.testing.SliceCallers;
import io.pmo.platform.web.PmoWebAutoConfiguration;
import io.pmo.reporting.PortfolioEventsMother;
import io.pmo.reporting.ProjectEventsMother;
import io.pmo.reporting.TestMongo;
import io.pmo.reporting.query.PortfolioRollupProjection;
import io.pmo.reporting.query.PortfolioRollupQueries;

/** The HTTP side of the portfolio roll-ups: every role reads its tenant's, nobody another tenant's; paging; ETag. */
@WebMvcTest(controllers = PortfolioRollupController.class)
@ImportAutoConfiguration({ PmoWebAutoConfiguration.class, PmoServletSecurityAutoConfiguration.class })
@Import({ PortfolioRollupQueries.class, WebSliceMongo.class })
class PortfolioRollupWebTests {

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private TestMongo mongo;

    private String portfolioId;

    @BeforeEach
    void aPortfolioOfTenantAWithACandidate() {
        mongo.reset();
        portfolioId = newPortfolioId();
        apply(PortfolioEventsMother.history(List.of(
                PortfolioEventsMother.created(TENANT_A, portfolioId, "Moonshots", "EUR"),
                envelope(TENANT_A, portfolioId, 2026, "500000.00"),
                candidate(TENANT_A, portfolioId, newProjectId(), 2026))));
    }

    @Test
    void answersTheRollupToEveryRoleOfTheTenantWithItsVersionAsETag() {
        for (PmoRole role : PmoRole.values()) {
            MvcTestResult result = mvc.get().uri("/api/v1/reports/portfolios/{id}", portfolioId)
                    .with(caller(TENANT_A, role)).exchange();

            assertThat(result).hasStatusOk().hasHeader(HttpHeaders.ETAG, "\"2\"");
            assertThat(result).bodyJson().extractingPath("$.name").isEqualTo("Moonshots");
            assertThat(result).bodyJson().extractingPath("$.fiscalYears[0].envelope.amount").isEqualTo(500000.00);
            assertThat(result).bodyJson().extractingPath("$.rag.none").isEqualTo(1);
            assertThat(result).bodyJson().extractingPath("$.evm.currency").isEqualTo("EUR");
            assertThat(result).bodyJson().doesNotHavePath("$.sources");
            assertThat(result).bodyJson().doesNotHavePath("$.inputsVersion");
        }
    }

    @Test
    void answersAnotherTenantsPortfolioAsNotFoundProblem() {
        assertThat(mvc.get().uri("/api/v1/reports/portfolios/{id}", portfolioId).with(caller(TENANT_B)))
                .hasStatus(HttpStatus.NOT_FOUND).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.get().uri("/api/v1/reports/portfolios/{id}", newPortfolioId()).with(caller(TENANT_A)))
                .hasStatus(HttpStatus.NOT_FOUND).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void listsOnlyTheTenantsPortfoliosByNameInStablePages() {
        String other = newPortfolioId();
        apply(List.of(PortfolioEventsMother.cloudEvent(
                PortfolioEventsMother.created(TENANT_A, other, "Apollo", "EUR"), 0)));
        apply(List.of(PortfolioEventsMother.cloudEvent(
                PortfolioEventsMother.created(TENANT_B, newPortfolioId(), "Alien", "EUR"), 0)));

        assertThat(mvc.get().uri("/api/v1/reports/portfolios?page=0&size=1").with(caller(TENANT_A)))
                .hasStatusOk().bodyJson().satisfies(json -> {
                    assertThat(json).extractingPath("$.total").isEqualTo(2);
                    assertThat(json).extractingPath("$.items[*].name").asArray().containsExactly("Apollo");
                });
        assertThat(mvc.get().uri("/api/v1/reports/portfolios?page=1&size=1").with(caller(TENANT_A)))
                .hasStatusOk().bodyJson().extractingPath("$.items[*].name").asArray().containsExactly("Moonshots");
        assertThat(mvc.get().uri("/api/v1/reports/portfolios?size=201").with(caller(TENANT_A)))
                .hasStatus(HttpStatus.BAD_REQUEST).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void answersAcceptedWhileTheRollupIsBehindTheAskedVersion() {
        assertThat(mvc.get().uri("/api/v1/reports/portfolios/{id}?minVersion=3", portfolioId)
                .with(caller(TENANT_A))).hasStatus(HttpStatus.ACCEPTED).bodyJson().extractingPath("$.lastSequence")
                .isEqualTo(2);
    }

    @Test
    void refusesARequestWithoutToken() {
        assertThat(mvc.get().uri("/api/v1/reports/portfolios")).hasStatus(HttpStatus.UNAUTHORIZED)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private void apply(List<CloudEvent> events) {
        PortfolioRollupProjection rollups = new PortfolioRollupProjection(mongo.template(),
                new TenantQueries(mongo.template()), ProjectEventsMother.fixedClock());
        for (CloudEvent envelope : events) {
            PortfolioEvent event = (PortfolioEvent) PortfolioEventsMother.record(envelope);
            rollups.apply(event, ReceivedEvent.of(ProjectEventsMother.GROUP, envelope, event));
        }
    }

    /** A validated token of this tenant (a viewer unless a role is given), mapped by the platform's converter. */
    private static RequestPostProcessor caller(String tenantId, PmoRole... roles) {
        List<String> granted = roles.length == 0 ? List.of(PmoRole.VIEWER.name())
                : List.of(roles).stream().map(PmoRole::name).toList();
        return SliceCallers.caller("user-7", tenantId, granted);
    }
}
