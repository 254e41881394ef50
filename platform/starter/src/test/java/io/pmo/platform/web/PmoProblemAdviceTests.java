package io.pmo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.format.support.FormattingConversionService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.pmo.platform.domain.NotAllowed;
import io.pmo.platform.domain.NotFound;
import io.pmo.platform.domain.Rejection;
import io.pmo.platform.domain.RuleViolated;
import io.pmo.platform.domain.StateConflict;

/** The error mapping every service gets, on a controller that throws what command handlers throw. */
class PmoProblemAdviceTests {

    /** Reading bodies and query parameters as the services do (PmoRequestJson, BusinessDateFormatter). */
    private final MockMvcTester mvc = MockMvcTester.create(MockMvcBuilders.standaloneSetup(new FailingController())
            .setControllerAdvice(new PmoProblemAdvice())
            .setMessageConverters(new JacksonJsonHttpMessageConverter(PmoRequestJson.mapperBuilder()))
            .setConversionService(conversions())
            .build());

    record RenameRequest(@NotBlank String name, Integer budget) {
    }

    record PlanRequest(LocalDate plannedFinish, int durationDays, BigDecimal weight, @Valid MoneyInput cost,
            List<String> notes) {
    }

    private static FormattingConversionService conversions() {
        FormattingConversionService conversions = new DefaultFormattingConversionService();
        BusinessDateFormatter.register(conversions);
        return conversions;
    }

    @RestController
    static class FailingController {

        @PostMapping("/api/v1/projects/{id}/approve")
        void approve(@PathVariable String id) {
            throw StateConflict.inState("Only a proposed project can be approved", "ACTIVE");
        }

        /** Throws the rejection {@code kind} names, as a handler does or (wrapped) as it reaches the caller. */
        @PostMapping("/api/v1/rejections/{kind}")
        void reject(@PathVariable String kind, @RequestParam(defaultValue = "false") boolean wrapped) {
            Rejection rejection = switch (kind) {
                case "rule" -> new RuleViolated("These dependencies would form a cycle: 'Design' -> 'Build'",
                        Map.of("cycle", List.of("t-1", "t-2"), RuleViolated.ERRORS,
                                List.of(RuleViolated.fieldError("predecessors", "would form a cycle: t-1 -> t-2"))));
                case "conflict" -> StateConflict.inState("A project in state CLOSED cannot move to ACTIVE", "CLOSED",
                        List.of());
                case "not-found" -> new NotFound("No project p-404");
                case "not-allowed" -> new NotAllowed("A project manager changes only projects they manage");
                default -> throw new IllegalArgumentException(kind);
            };
            if (wrapped) {
                throw new CommandExecutionException(rejection.getMessage(), rejection);
            }
            throw rejection;
        }

        @GetMapping("/api/v1/projects")
        void list(@RequestParam(defaultValue = "false") boolean wrapped) {
            InvalidRequestException invalid = new InvalidRequestException("Invalid paging parameters",
                    List.of(Map.of("field", "size", "message", "must be between 1 and 200")));
            if (wrapped) {
                throw new CommandExecutionException(invalid.getMessage(), invalid);
            }
            throw invalid;
        }

        @PostMapping("/api/v1/projects/{id}/close")
        void close(@PathVariable String id) {
            throw new AggregateNotFoundException(id, "The aggregate was not found in the event store");
        }

        @PostMapping("/api/v1/projects/{id}/replan")
        void replan(@PathVariable String id) {
            throw new ConflictingAggregateVersionException(id, 3, 4);
        }

        @PostMapping("/api/v1/projects/{id}/plan")
        PlanRequest plan(@PathVariable String id, @Valid @RequestBody PlanRequest request) {
            return request;
        }

        @GetMapping("/api/v1/projects/{id}/evm")
        String evm(@PathVariable String id,
                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate statusDate,
                @RequestParam(required = false) LocalDate mustFinishBy) {
            return statusDate.toString();
        }

        @PostMapping("/api/v1/projects/{id}/rename")
        RenameRequest rename(@PathVariable String id, @Valid @RequestBody RenameRequest request) {
            return request;
        }
    }

    @Test
    void answersADomainConflictWith409AndTheCurrentState() {
        MvcTestResult result = mvc.post().uri("/api/v1/projects/p-1/approve").exchange();

        assertThat(result).hasStatus(HttpStatus.CONFLICT).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.status").asNumber().isEqualTo(409);
        assertThat(result).bodyJson().extractingPath("$.currentState").isEqualTo("ACTIVE");
        assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo("Only a proposed project can be approved");
    }

    @ParameterizedTest(name = "{0}, wrapped in a CommandExecutionException: {1}")
    @CsvSource({ "rule, false, 422", "rule, true, 422", "conflict, false, 409", "conflict, true, 409",
            "not-found, false, 404", "not-found, true, 404", "not-allowed, false, 403", "not-allowed, true, 403" })
    void answersEachKindOfRejectionWithItsStatusAndItsMessage(String kind, boolean wrapped, int status) {
        MvcTestResult result = mvc.post().uri("/api/v1/rejections/{kind}?wrapped={wrapped}", kind, wrapped).exchange();

        assertThat(result).hasStatus(status).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.status").asNumber().isEqualTo(status);
        assertThat(result).bodyJson().extractingPath("$.detail").asString().isNotBlank();
        assertNoJavaNames(result);
    }

    @ParameterizedTest(name = "wrapped: {0}")
    @CsvSource({ "false", "true" })
    void answersABrokenRuleWith422NamingTheFieldAndItsFacts(boolean wrapped) {
        MvcTestResult result = mvc.post().uri("/api/v1/rejections/rule?wrapped={wrapped}", wrapped).exchange();

        assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(result).bodyJson().extractingPath("$.detail")
                .isEqualTo("These dependencies would form a cycle: 'Design' -> 'Build'");
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("predecessors");
        assertThat(result).bodyJson().extractingPath("$.errors[0].message").isEqualTo("would form a cycle: t-1 -> t-2");
        assertThat(result).bodyJson().extractingPath("$.cycle").asArray().containsExactly("t-1", "t-2");
    }

    @ParameterizedTest(name = "wrapped: {0}")
    @CsvSource({ "false", "true" })
    void answersAStateConflictWith409AndTheStatesItCouldMoveTo(boolean wrapped) {
        MvcTestResult result = mvc.post().uri("/api/v1/rejections/conflict?wrapped={wrapped}", wrapped).exchange();

        assertThat(result).hasStatus(HttpStatus.CONFLICT);
        assertThat(result).bodyJson().extractingPath("$.currentState").isEqualTo("CLOSED");
        assertThat(result).bodyJson().extractingPath("$.allowedTargets").asArray().isEmpty();
    }

    @ParameterizedTest(name = "wrapped: {0}")
    @CsvSource({ "false", "true" })
    void answersAnInvalidRequestWith400NamingTheField(boolean wrapped) {
        MvcTestResult result = mvc.get().uri("/api/v1/projects?wrapped={wrapped}", wrapped).exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo("Invalid paging parameters");
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("size");
    }

    @Test
    void answersAnUnknownAggregateWith404() {
        MvcTestResult result = mvc.post().uri("/api/v1/projects/p-404/close").exchange();

        assertThat(result).hasStatus(HttpStatus.NOT_FOUND)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.status").asNumber().isEqualTo(404);
    }

    @Test
    void answersAStaleVersionWith409() {
        MvcTestResult result = mvc.post().uri("/api/v1/projects/p-1/replan").exchange();

        assertThat(result).hasStatus(HttpStatus.CONFLICT).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.status").asNumber().isEqualTo(409);
    }

    @Test
    void answersAnInvalidFieldWith400NamingTheField() {
        MvcTestResult result = rename("{\"name\":\"  \"}");

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("name");
        assertThat(result).bodyJson().extractingPath("$.errors[0].message").asString().isNotBlank();
    }

    @Test
    void acceptsAValidBody() {
        assertThat(rename("{\"name\":\"Cloud migration\"}")).hasStatus(HttpStatus.OK);
    }

    @Test
    void answersMalformedJsonWith400NamingNoJavaTypes() {
        MvcTestResult result = rename("{\"name\": ");

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertNoJavaNames(result);
    }

    @Test
    void answersAnUnknownPropertyWith400NamingIt() {
        MvcTestResult result = rename("{\"name\":\"Cloud migration\",\"tenantId\":\"other\"}");

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("tenantId");
        assertNoJavaNames(result);
    }

    @Test
    void answersAValueOfTheWrongTypeWith400NamingTheFieldButNoJavaTypes() {
        MvcTestResult result = rename("{\"name\":\"Cloud migration\",\"budget\":\"lots\"}");

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("budget");
        assertThat(result).bodyJson().extractingPath("$.errors[0].message").asString().contains("must be a whole number");
        assertNoJavaNames(result);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            far future date         | {"plannedFinish":"+999999999-12-31","durationDays":1}  | plannedFinish | from 1900-01-01 to 2199-12-31
            date before 1900        | {"plannedFinish":"1899-12-31","durationDays":1}        | plannedFinish | from 1900-01-01 to 2199-12-31
            fractional integer      | {"durationDays":1.5}                                   | durationDays  | whole number
            integer out of range    | {"durationDays":99999999999}                           | durationDays  | whole number
            missing primitive       | {"plannedFinish":"2027-01-04"}                         | durationDays  | is required
            huge decimal            | {"durationDays":1,"weight":1E+400}                     | weight        | less than 1000000000000000
            too many decimals       | {"durationDays":1,"weight":0.00000000001}              | weight        | at most 10 decimals
            control character       | {"durationDays":1,"notes":["fine","bell\\u0007"]}       | notes[1]      | control characters
            raw control character   | {"durationDays":1,"notes":["fine","bell\u0007"]}        | notes[1]      | invalid value
            amount beyond bounds    | {"durationDays":1,"cost":{"amount":1E+30,"currency":"EUR"}} | cost.amount | less than 1000000000000
            sub-cent amount         | {"durationDays":1,"cost":{"amount":"0.001","currency":"EUR"}} | cost.amount | at most 2 decimals in EUR
            decimals of a yen       | {"durationDays":1,"cost":{"amount":"10.5","currency":"JPY"}} | cost.amount | at most 0 decimals in JPY
            negative amount         | {"durationDays":1,"cost":{"amount":"-1","currency":"EUR"}} | cost.amount | must not be negative
            unknown currency        | {"durationDays":1,"cost":{"amount":"1","currency":"ABC"}} | cost.currency | ISO 4217
            """)
    void refusesAValueOutOfBoundsWith400NamingTheField(String what, String json, String field, String message) {
        MvcTestResult result = mvc.post().uri("/api/v1/projects/p-1/plan").contentType(MediaType.APPLICATION_JSON)
                .content(json).exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo("The request has invalid fields");
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo(field);
        assertThat(result).bodyJson().extractingPath("$.errors[0].message").asString().contains(message);
        assertNoJavaNames(result);
    }

    @Test
    void acceptsValuesAtTheBounds() {
        MvcTestResult result = mvc.post().uri("/api/v1/projects/p-1/plan").contentType(MediaType.APPLICATION_JSON)
                .content("{\"plannedFinish\":\"2199-12-31\",\"durationDays\":100000,\"weight\":12.5,"
                        + "\"cost\":{\"amount\":\"999999999999.99\",\"currency\":\"EUR\"},"
                        + "\"notes\":[\"two\\nlines\\twith a tab\"]}")
                .exchange();

        assertThat(result).hasStatus(HttpStatus.OK);
        assertThat(result).bodyJson().extractingPath("$.plannedFinish").isEqualTo("2199-12-31");
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({ "statusDate, +999999999-12-31, from 1900-01-01 to 2199-12-31",
            "statusDate, 2027-13-01, must be a date as YYYY-MM-DD",
            "mustFinishBy, +99999-01-01, from 1900-01-01 to 2199-12-31" })
    void refusesADateParameterOutOfBoundsWith400NamingIt(String name, String value, String message) {
        String query = name.equals("statusDate") ? "" : "statusDate=2027-01-04&";
        MvcTestResult result = mvc.get().uri("/api/v1/projects/p-1/evm?" + query + name + "={v}", value).exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo(name);
        assertThat(result).bodyJson().extractingPath("$.errors[0].message").asString().contains(message);
    }

    @Test
    void acceptsADateParameterWithinBounds() {
        assertThat(mvc.get().uri("/api/v1/projects/p-1/evm?statusDate=2027-01-04&mustFinishBy=2199-12-31").exchange())
                .hasStatus(HttpStatus.OK).body().asString().contains("2027-01-04");
    }

    private MvcTestResult rename(String json) {
        return mvc.post().uri("/api/v1/projects/p-1/rename").contentType(MediaType.APPLICATION_JSON).content(json)
                .exchange();
    }

    private static void assertNoJavaNames(MvcTestResult result) {
        assertThat(result).body().asString().doesNotContain("java.", "tools.jackson", "io.pmo", "Exception",
                "RenameRequest", "Integer");
    }
}
