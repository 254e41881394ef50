package io.pmo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The error mapping every service gets, on a controller that throws what command handlers throw. */
class PmoProblemAdviceTests {

    /** Like the services, where the starter sets spring.jackson.deserialization.fail-on-unknown-properties. */
    private final MockMvcTester mvc = MockMvcTester.create(MockMvcBuilders.standaloneSetup(new FailingController())
            .setControllerAdvice(new PmoProblemAdvice())
            .setMessageConverters(new JacksonJsonHttpMessageConverter(
                    JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)))
            .build());

    record RenameRequest(@NotBlank String name, Integer budget) {
    }

    @RestController
    static class FailingController {

        @PostMapping("/api/v1/projects/{id}/approve")
        void approve(@PathVariable String id) {
            throw DomainException.conflict("Only a proposed project can be approved", Map.of("currentState", "ACTIVE"));
        }

        @PostMapping("/api/v1/projects/{id}/close")
        void close(@PathVariable String id) {
            throw new AggregateNotFoundException(id, "The aggregate was not found in the event store");
        }

        @PostMapping("/api/v1/projects/{id}/replan")
        void replan(@PathVariable String id) {
            throw new ConflictingAggregateVersionException(id, 3, 4);
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
        assertThat(result).bodyJson().extractingPath("$.errors[0].message").asString().contains("must be a number");
        assertNoJavaNames(result);
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
