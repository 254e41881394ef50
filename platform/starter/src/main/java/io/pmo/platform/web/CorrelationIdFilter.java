package io.pmo.platform.web;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The conversation a request belongs to: {@code X-Correlation-Id} when it is a safe id, else a new one. It is
 * echoed in the response, put in the MDC for the logs and kept on the request for {@link RequestIdentity}.
 * Runs before the security chain, so a 401 or 403 carries it too. Identity is not this filter's business: it
 * comes from the token (see {@link RequestIdentity#of}).
 */
public class CorrelationIdFilter extends OncePerRequestFilter {

    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._:@-]{1,128}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String correlationId = request.getHeader(RequestIdentity.CORRELATION_HEADER);
        if (correlationId == null || !SAFE_ID.matcher(correlationId).matches()) {
            correlationId = UUID.randomUUID().toString();
        }
        response.setHeader(RequestIdentity.CORRELATION_HEADER, correlationId);
        request.setAttribute(RequestIdentity.CORRELATION_ATTRIBUTE, correlationId);
        MDC.put("correlationId", correlationId);
        try {
            chain.doFilter(request, response);
        }
        finally {
            MDC.remove("correlationId");
        }
    }
}
