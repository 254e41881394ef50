package io.pmo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;

/** Bodies over the limit are refused with 413, declared or streamed, and nothing reaches the controller. */
class RequestSizeFilterTests {

    private final EchoController controller = new EchoController();

    private final MockMvcTester mvc = MockMvcTester.create(MockMvcBuilders.standaloneSetup(controller)
            .setControllerAdvice(new PmoProblemAdvice())
            .setMessageConverters(new JacksonJsonHttpMessageConverter(PmoRequestJson.mapperBuilder()))
            .addFilters(new RequestSizeFilter(64)).build());

    record Note(String text) {
    }

    @RestController
    static class EchoController {

        int calls;

        @PostMapping("/api/v1/notes")
        Note post(@RequestBody Note note) {
            calls++;
            return note;
        }
    }

    @Test
    void refusesADeclaredBodyOverTheLimitWith413BeforeTheController() {
        assertThat(mvc.post().uri("/api/v1/notes").contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"" + "x".repeat(100) + "\"}")).hasStatus(HttpStatus.CONTENT_TOO_LARGE)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
                .extractingPath("$.status").asNumber().isEqualTo(413);
        assertThat(controller.calls).isZero();
    }

    @Test
    void acceptsABodyWithinTheLimit() {
        assertThat(mvc.post().uri("/api/v1/notes").contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"ok\"}"))
                .hasStatusOk();
        assertThat(controller.calls).isEqualTo(1);
    }

    @Test
    void failsAStreamedBodyWithoutDeclaredLengthAsSoonAsItReadsPastTheLimit() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/notes") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }
        };
        request.setContent(("{\"text\":\"" + "x".repeat(100) + "\"}").getBytes(StandardCharsets.UTF_8));
        MockFilterChain chain = new MockFilterChain() {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest next, jakarta.servlet.ServletResponse response)
                    throws java.io.IOException {
                next.getInputStream().readAllBytes();
            }
        };

        assertThatThrownBy(() -> new RequestSizeFilter(64).doFilter(request, new MockHttpServletResponse(), chain))
                .isInstanceOf(RequestSizeFilter.TooLargeException.class);
    }
}
