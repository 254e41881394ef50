package io.pmo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.MDC;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import com.fasterxml.jackson.databind.JsonNode;

import io.pmo.events.common.PmoJson;

class RequestIdentityFilterTests {

    private final RequestIdentityFilter filter = new RequestIdentityFilter();

    private final MockHttpServletResponse response = new MockHttpServletResponse();

    private final MockFilterChain chain = new MockFilterChain();

    @Test
    void refusesAnApiRequestWithoutTenantAsProblemJson() throws Exception {
        MockHttpServletRequest request = apiRequest();
        request.addHeader(RequestIdentity.PRINCIPAL_HEADER, "user-42");

        filter.doFilter(request, response, chain);

        assertUnauthorized(request);
    }

    @Test
    void refusesAnApiRequestWithoutPrincipalAsProblemJson() throws Exception {
        MockHttpServletRequest request = apiRequest();
        request.addHeader(RequestIdentity.TENANT_HEADER, "acme");

        filter.doFilter(request, response, chain);

        assertUnauthorized(request);
    }

    @Test
    void refusesATenantThatIsNotASafeToken() throws Exception {
        MockHttpServletRequest request = apiRequest();
        request.addHeader(RequestIdentity.TENANT_HEADER, "acme\"}");
        request.addHeader(RequestIdentity.PRINCIPAL_HEADER, "user-42");

        filter.doFilter(request, response, chain);

        assertUnauthorized(request);
    }

    @Test
    void passesAnIdentifiedRequestOnWithItsIdentityAndEchoesTheCorrelationId() throws Exception {
        MockHttpServletRequest request = identifiedApiRequest();
        request.addHeader(RequestIdentity.CORRELATION_HEADER, "corr-7f3a");

        filter.doFilter(request, response, chain);

        assertThat(chain.getRequest()).isSameAs(request);
        assertThat(RequestIdentity.of(request)).isEqualTo(new RequestIdentity("acme", "user-42", "corr-7f3a"));
        assertThat(response.getHeader(RequestIdentity.CORRELATION_HEADER)).isEqualTo("corr-7f3a");
        assertThat(response.getStatus()).isEqualTo(200);
    }

    @Test
    void generatesACorrelationIdWhenTheRequestHasNone() throws Exception {
        MockHttpServletRequest request = identifiedApiRequest();

        filter.doFilter(request, response, chain);

        String correlationId = RequestIdentity.of(request).correlationId();
        assertThat(UUID.fromString(correlationId)).isNotNull();
        assertThat(response.getHeader(RequestIdentity.CORRELATION_HEADER)).isEqualTo(correlationId);
    }

    @ParameterizedTest(name = "X-Correlation-Id: {0}")
    @ValueSource(strings = { "two words", "abc\r\nSet-Cookie: x=1", "abc\ndef", "<script>", "" })
    void replacesAnUnsafeCorrelationIdByAGeneratedOne(String unsafe) throws Exception {
        MockHttpServletRequest request = identifiedApiRequest();
        request.addHeader(RequestIdentity.CORRELATION_HEADER, unsafe);

        filter.doFilter(request, response, chain);

        String correlationId = RequestIdentity.of(request).correlationId();
        assertThat(correlationId).isNotEqualTo(unsafe);
        assertThat(UUID.fromString(correlationId)).isNotNull();
        assertThat(response.getHeader(RequestIdentity.CORRELATION_HEADER)).isEqualTo(correlationId);
    }

    @Test
    void replacesATooLongCorrelationId() throws Exception {
        MockHttpServletRequest request = identifiedApiRequest();
        request.addHeader(RequestIdentity.CORRELATION_HEADER, "a".repeat(129));

        filter.doFilter(request, response, chain);

        assertThat(UUID.fromString(RequestIdentity.of(request).correlationId())).isNotNull();
    }

    @Test
    void putsTheCorrelationIdInTheLogContextOnlyWhileTheRequestIsHandled() throws Exception {
        MockHttpServletRequest request = identifiedApiRequest();
        request.addHeader(RequestIdentity.CORRELATION_HEADER, "corr-7f3a");
        String[] duringRequest = new String[1];

        filter.doFilter(request, response, (req, res) -> duringRequest[0] = MDC.get("correlationId"));

        assertThat(duringRequest[0]).isEqualTo("corr-7f3a");
        assertThat(MDC.get("correlationId")).isNull();
    }

    @Test
    void letsARequestOutsideTheApiPassWithoutIdentity() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/actuator/health");

        filter.doFilter(request, response, chain);

        assertThat(chain.getRequest()).isSameAs(request);
        assertThat(RequestIdentity.of(request)).isNull();
        assertThat(response.getStatus()).isEqualTo(200);
    }

    /**
     * Spring MVC ignores path parameters when it matches {@code /api;x=1/v1/projects} to {@code /api/v1/projects},
     * so the filter must not be fooled by them either (a regression test: it once tested the raw URI).
     */
    @Test
    void refusesAnApiRequestWithAPathParameterWithoutIdentity() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("PUT", "/api;x=1/v1/projects/p-1/name");

        filter.doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(chain.getRequest()).isNull();
    }

    private static MockHttpServletRequest apiRequest() {
        return new MockHttpServletRequest("GET", "/api/v1/projects");
    }

    private static MockHttpServletRequest identifiedApiRequest() {
        MockHttpServletRequest request = apiRequest();
        request.addHeader(RequestIdentity.TENANT_HEADER, "acme");
        request.addHeader(RequestIdentity.PRINCIPAL_HEADER, "user-42");
        return request;
    }

    private void assertUnauthorized(MockHttpServletRequest request) throws Exception {
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(MediaType.parseMediaType(response.getContentType()).isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .isTrue();
        JsonNode body = PmoJson.mapper().readTree(response.getContentAsString());
        assertThat(body.get("status").asInt()).isEqualTo(401);
        assertThat(body.get("instance").asText()).isEqualTo("/api/v1/projects");
        assertThat(chain.getRequest()).as("the chain must not be called").isNull();
        assertThat(RequestIdentity.of(request)).isNull();
    }
}
