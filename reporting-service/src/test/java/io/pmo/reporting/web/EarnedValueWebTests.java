package io.pmo.reporting.web;

import static io.pmo.reporting.ProjectEventsMother.TENANT_A;
import static io.pmo.reporting.ProjectEventsMother.TENANT_B;
import static io.pmo.reporting.ProjectEventsMother.cloudEvent;
import static io.pmo.reporting.ProjectEventsMother.newProjectId;
import static io.pmo.reporting.ProjectEventsMother.received;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

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

import io.pmo.events.project.ProjectEvent;
import io.pmo.platform.security.PmoJwtAuthenticationConverter;
import io.pmo.platform.security.PmoServletSecurityAutoConfiguration;
import io.pmo.platform.web.PmoWebAutoConfiguration;
import io.pmo.reporting.EvmEventsMother;
import io.pmo.reporting.TestMongo;
import io.pmo.reporting.query.EvmInputsProjection;
import io.pmo.reporting.query.EvmInputsQueries;

/**
 * The HTTP side of earned value: the JSON shape of the figures (money as amount strings with the currency,
 * forecasts labelled with their formula, undefined figures as null with their reason), {@code asOf}, the
 * S-curve, and the error cases: 404 unknown or another tenant's project, 422 naming the field for a project
 * without performance baseline or a bad period or date order, 400 for malformed dates. The figures are those of
 * {@link EvmEventsMother}'s history.
 */
@WebMvcTest(controllers = EarnedValueController.class)
@ImportAutoConfiguration({ PmoWebAutoConfiguration.class, PmoServletSecurityAutoConfiguration.class })
@Import({ EvmInputsQueries.class, WebSliceMongo.class })
class EarnedValueWebTests {

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private TestMongo mongo;

    private String projectId;

    @BeforeEach
    void aProjectWithItsEarnedValueHistory() {
        mongo.reset();
        projectId = newProjectId();
        applyHistory(projectId, 10);
    }

    @Test
    void answersEveryFigureWithMoneyAsAmountStringsAndForecastsLabelledWithTheirFormula() {
        MvcTestResult result = mvc.get().uri("/api/v1/reports/projects/{id}/evm?statusDate=2027-01-12", projectId)
                .with(viewer(TENANT_A)).exchange();

        assertThat(result).hasStatusOk().hasHeader(HttpHeaders.ETAG, "\"9\"");
        assertThat(result).bodyJson().satisfies(json -> {
            assertThat(json).extractingPath("$.statusDate").isEqualTo("2027-01-12");
            assertThat(json).extractingPath("$.currency").isEqualTo("EUR");
            assertThat(json).extractingPath("$.baselineId").isEqualTo("b1-" + projectId);
            assertThat(json).extractingPath("$.bac.amount").isEqualTo("3000.00");
            assertThat(json).extractingPath("$.bac.currency").isEqualTo("EUR");
            assertThat(json).extractingPath("$.pv.amount").isEqualTo("1800.00");
            assertThat(json).extractingPath("$.ev.amount").isEqualTo("1600.00");
            assertThat(json).extractingPath("$.ac.amount").isEqualTo("750.00");
            assertThat(json).extractingPath("$.sv.amount").isEqualTo("-200.00");
            assertThat(json).extractingPath("$.cv.amount").isEqualTo("850.00");
            // 1,600.00 / 1,800.00 = 0.88888..., 1,600.00 / 750.00 = 2.13333...
            assertThat(json).extractingPath("$.spi.value").isEqualTo(0.8889);
            assertThat(json).extractingPath("$.cpi.value").isEqualTo(2.1333);
            assertThat(json).extractingPath("$.forecasts[*].method").asArray()
                    .containsExactly("CPI", "BUDGET_RATE", "CPI_AND_SPI");
            assertThat(json).extractingPath("$.forecasts[0].formula").isEqualTo("EAC = BAC / CPI");
            // 3,000.00 x 750.00 / 1,600.00
            assertThat(json).extractingPath("$.forecasts[0].eac.amount").isEqualTo("1406.25");
            assertThat(json).extractingPath("$.computedFrom.lastSequence").isEqualTo(9);
            assertThat(json).doesNotHavePath("$.sources");
        });
    }

    @Test
    void answersWhatThePlatformShowedAsOfAnInstantBeforeTheLateCorrections() {
        assertThat(mvc.get().uri("/api/v1/reports/projects/{id}/evm?statusDate=2027-01-12&asOf={asOf}", projectId,
                EvmEventsMother.BEFORE_CORRECTIONS.toString()).with(viewer(TENANT_A))).hasStatusOk().bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$.asOf").isEqualTo(EvmEventsMother.BEFORE_CORRECTIONS.toString());
                    assertThat(json).extractingPath("$.ev.amount").isEqualTo("1400.00");
                    assertThat(json).extractingPath("$.ac.amount").isEqualTo("800.00");
                });
    }

    @Test
    void answersAnUndefinedFigureAsNullWithItsReason() {
        // Sunday 3 January 2027, the day before the baseline starts: nothing planned, earned or spent
        assertThat(mvc.get().uri("/api/v1/reports/projects/{id}/evm?statusDate=2027-01-03", projectId)
                .with(viewer(TENANT_A))).hasStatusOk().bodyJson().satisfies(json -> {
                    assertThat(json).extractingPath("$.spi.value").isNull();
                    assertThat(json).extractingPath("$.spi.reason").asString().startsWith("PV is 0");
                    assertThat(json).extractingPath("$.forecasts[0].eac.amount").isNull();
                    assertThat(json).extractingPath("$.forecasts[0].eac.reason").asString().contains("AC is 0");
                    assertThat(json).extractingPath("$.forecasts[0].eac.currency").isEqualTo("EUR");
                });
    }

    @Test
    void answersTheSCurveWithOnePointPerWeekEndingOnSundayAndTheLastAtTo() {
        assertThat(mvc.get().uri("/api/v1/reports/projects/{id}/evm/series?from=2027-01-04&to=2027-01-12&period=week",
                projectId).with(viewer(TENANT_A))).hasStatusOk().bodyJson().satisfies(json -> {
                    assertThat(json).extractingPath("$.period").isEqualTo("week");
                    assertThat(json).extractingPath("$.points[*].date").asArray()
                            .containsExactly("2027-01-10", "2027-01-12");
                    // end of the first week: A planned in full, 60 % earned, 450.00 spent
                    assertThat(json).extractingPath("$.points[0].pv.amount").isEqualTo("1000.00");
                    assertThat(json).extractingPath("$.points[0].ev.amount").isEqualTo("600.00");
                    assertThat(json).extractingPath("$.points[0].ac.amount").isEqualTo("450.00");
                    assertThat(json).extractingPath("$.points[1].ev.amount").isEqualTo("1600.00");
                    assertThat(json).extractingPath("$.points[1].ac.currency").isEqualTo("EUR");
                });
    }

    @Test
    void answersAnUnknownProjectAndAnotherTenantsAsNotFound() {
        assertThat(mvc.get().uri("/api/v1/reports/projects/{id}/evm?statusDate=2027-01-12", newProjectId())
                .with(viewer(TENANT_A))).hasStatus(HttpStatus.NOT_FOUND)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.get().uri("/api/v1/reports/projects/{id}/evm?statusDate=2027-01-12", projectId)
                .with(viewer(TENANT_B))).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/api/v1/reports/projects/{id}/evm/series?from=2027-01-04&to=2027-01-12",
                projectId).with(viewer(TENANT_B))).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void refusesAProjectWithoutPerformanceBaselineAs422NamingIt() {
        String unbaselined = newProjectId();
        applyHistory(unbaselined, 3);

        assertThat(mvc.get().uri("/api/v1/reports/projects/{id}/evm?statusDate=2027-01-12", unbaselined)
                .with(viewer(TENANT_A))).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
                .extractingPath("$.errors[0].field").isEqualTo("performanceBaseline");
    }

    @Test
    void waitsForTheVersionAskedForBeforeJudgingThatThereIsNoPerformanceBaseline() {
        String unbaselined = newProjectId();
        applyHistory(unbaselined, 3);

        // the baseline may be in version 3, which the read model has not applied yet: 202, not 422
        assertThat(mvc.get().uri("/api/v1/reports/projects/{id}/evm?statusDate=2027-01-12&minVersion=3", unbaselined)
                .with(viewer(TENANT_A))).hasStatus(HttpStatus.ACCEPTED);
        assertThat(mvc.get().uri("/api/v1/reports/projects/{id}/evm?statusDate=2027-01-12&minVersion=2", unbaselined)
                .with(viewer(TENANT_A))).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
    }

    @Test
    void refusesADateOutsideTheBusinessRangeAs400BeforeComputingAnything() {
        for (String date : List.of("+999999999-12-31", "+999999-01-01", "2200-01-01", "1899-12-31")) {
            assertThat(mvc.get().uri("/api/v1/reports/projects/{id}/evm?statusDate={date}", projectId, date)
                    .with(viewer(TENANT_A))).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                    .extractingPath("$.errors[0].field").isEqualTo("statusDate");
        }
        // the latest business date is computed like any other: past the baseline, everything planned
        assertThat(mvc.get().uri("/api/v1/reports/projects/{id}/evm?statusDate=2199-12-31", projectId)
                .with(viewer(TENANT_A))).hasStatusOk().bodyJson().extractingPath("$.pv.amount").isEqualTo("3000.00");
    }

    @Test
    void refusesABadPeriodOrABackwardRangeAs422NamingTheField() {
        assertThat(mvc.get().uri("/api/v1/reports/projects/{id}/evm/series?from=2027-01-04&to=2027-01-12"
                + "&period=fortnight", projectId).with(viewer(TENANT_A))).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("period");
        assertThat(mvc.get().uri("/api/v1/reports/projects/{id}/evm/series?from=2027-01-12&to=2027-01-04",
                projectId).with(viewer(TENANT_A))).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("to");
        assertThat(mvc.get().uri("/api/v1/reports/projects/{id}/evm/series?from=2027-01-04&to=2040-01-04",
                projectId).with(viewer(TENANT_A))).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("to");
    }

    @Test
    void refusesMalformedOrMissingDatesAs400() {
        assertThat(mvc.get().uri("/api/v1/reports/projects/{id}/evm?statusDate=12.01.2027", projectId)
                .with(viewer(TENANT_A))).hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.get().uri("/api/v1/reports/projects/{id}/evm", projectId).with(viewer(TENANT_A)))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(mvc.get().uri("/api/v1/reports/projects/{id}/evm?statusDate=2027-01-12&asOf=yesterday",
                projectId).with(viewer(TENANT_A))).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(mvc.get().uri("/api/v1/reports/projects/{id}/evm/series?from=2027-13-01&to=2027-01-04",
                projectId).with(viewer(TENANT_A))).hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void answers202WithTheCurrentFiguresWhenTheReadModelHasNotReachedTheRequestedVersion() {
        assertThat(mvc.get().uri("/api/v1/reports/projects/{id}/evm?statusDate=2027-01-12&minVersion=9", projectId)
                .with(viewer(TENANT_A))).hasStatusOk();
        assertThat(mvc.get().uri("/api/v1/reports/projects/{id}/evm?statusDate=2027-01-12", projectId)
                .header("X-Min-Version", "10").with(viewer(TENANT_A))).hasStatus(HttpStatus.ACCEPTED).bodyJson()
                .extractingPath("$.computedFrom.lastSequence").isEqualTo(9);
    }

    /** The first {@code count} events of the mother's history, applied by the projection. */
    private void applyHistory(String projectId, int count) {
        EvmInputsProjection projection = new EvmInputsProjection(mongo.template());
        List<ProjectEvent> events = EvmEventsMother.events(TENANT_A, projectId);
        for (int sequence = 0; sequence < count; sequence++) {
            ProjectEvent event = events.get(sequence);
            projection.apply(event, received(cloudEvent(event, sequence), event));
        }
    }

    /** A validated viewer token of this tenant, mapped by the platform's own converter. */
    private static RequestPostProcessor viewer(String tenantId) {
        return jwt().jwt(token -> token.subject("user-7").claim("tenant", tenantId).claim("roles", List.of("VIEWER")))
                .authorities(token -> new PmoJwtAuthenticationConverter().convert(token).getAuthorities());
    }
}
