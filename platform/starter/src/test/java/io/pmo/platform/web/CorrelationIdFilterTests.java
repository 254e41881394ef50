package io.pmo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.MDC;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The correlation id of a request: taken when safe, made otherwise, echoed, logged, kept for the identity. */
class CorrelationIdFilterTests {

    private final CorrelationIdFilter filter = new CorrelationIdFilter();

    private final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/projects");

    private final MockHttpServletResponse response = new MockHttpServletResponse();

    private final MockFilterChain chain = new MockFilterChain();

    @Test
    void keepsASafeCorrelationIdAndEchoesIt() throws Exception {
        request.addHeader(RequestIdentity.CORRELATION_HEADER, "corr-7f3a");

        filter.doFilter(request, response, chain);

        assertThat(chain.getRequest()).isSameAs(request);
        assertThat(request.getAttribute(RequestIdentity.CORRELATION_ATTRIBUTE)).isEqualTo("corr-7f3a");
        assertThat(response.getHeader(RequestIdentity.CORRELATION_HEADER)).isEqualTo("corr-7f3a");
    }

    @Test
    void generatesACorrelationIdWhenTheRequestHasNone() throws Exception {
        filter.doFilter(request, response, chain);

        String correlationId = (String) request.getAttribute(RequestIdentity.CORRELATION_ATTRIBUTE);
        assertThat(UUID.fromString(correlationId)).isNotNull();
        assertThat(response.getHeader(RequestIdentity.CORRELATION_HEADER)).isEqualTo(correlationId);
    }

    @ParameterizedTest(name = "X-Correlation-Id: {0}")
    @ValueSource(strings = { "two words", "abc\r\nSet-Cookie: x=1", "abc\ndef", "<script>", "" })
    void replacesAnUnsafeCorrelationIdByAGeneratedOne(String unsafe) throws Exception {
        request.addHeader(RequestIdentity.CORRELATION_HEADER, unsafe);

        filter.doFilter(request, response, chain);

        String correlationId = (String) request.getAttribute(RequestIdentity.CORRELATION_ATTRIBUTE);
        assertThat(correlationId).isNotEqualTo(unsafe);
        assertThat(UUID.fromString(correlationId)).isNotNull();
        assertThat(response.getHeader(RequestIdentity.CORRELATION_HEADER)).isEqualTo(correlationId);
    }

    @Test
    void replacesATooLongCorrelationId() throws Exception {
        request.addHeader(RequestIdentity.CORRELATION_HEADER, "a".repeat(129));

        filter.doFilter(request, response, chain);

        assertThat(UUID.fromString((String) request.getAttribute(RequestIdentity.CORRELATION_ATTRIBUTE))).isNotNull();
    }

    @Test
    void putsTheCorrelationIdInTheLogContextOnlyWhileTheRequestIsHandled() throws Exception {
        request.addHeader(RequestIdentity.CORRELATION_HEADER, "corr-7f3a");
        String[] duringRequest = new String[1];

        filter.doFilter(request, response, (req, res) -> duringRequest[0] = MDC.get("correlationId"));

        assertThat(duringRequest[0]).isEqualTo("corr-7f3a");
        assertThat(MDC.get("correlationId")).isNull();
    }

    @Test
    void givesNoIdentityToARequestWithoutToken() throws Exception {
        filter.doFilter(request, response, chain);

        assertThat(RequestIdentity.of(request)).isNull();
    }
}
