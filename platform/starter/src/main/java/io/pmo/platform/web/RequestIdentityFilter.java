package io.pmo.platform.web;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.MDC;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * Resolves the {@link RequestIdentity} of every request but the actuator's: correlation id from
 * {@code X-Correlation-Id} (or a new one, echoed in the response), tenant and principal from the headers the
 * gateway stamps. Without a tenant or principal the request is answered 401 as problem+json.
 */
public class RequestIdentityFilter extends OncePerRequestFilter {

    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._:@-]{1,128}");

    /**
     * Everything but the actuator (on the service's own port, never routed by the gateway) and the error page
     * needs an identity. The path is taken as Spring MVC matches it (path parameters such as {@code ;x=1}
     * removed), so no spelling of an API path slips past this check.
     */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
        return path.equals("/actuator") || path.startsWith("/actuator/") || path.equals("/error");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String correlationId = request.getHeader(RequestIdentity.CORRELATION_HEADER);
        if (correlationId == null || !SAFE_ID.matcher(correlationId).matches()) {
            correlationId = UUID.randomUUID().toString();
        }
        response.setHeader(RequestIdentity.CORRELATION_HEADER, correlationId);
        String tenant = request.getHeader(RequestIdentity.TENANT_HEADER);
        String principal = request.getHeader(RequestIdentity.PRINCIPAL_HEADER);
        if (tenant == null || principal == null || !SAFE_ID.matcher(tenant).matches()
                || !SAFE_ID.matcher(principal).matches()) {
            unauthorized(request, response);
            return;
        }
        request.setAttribute(RequestIdentity.ATTRIBUTE, new RequestIdentity(tenant, principal, correlationId));
        MDC.put("correlationId", correlationId);
        try {
            chain.doFilter(request, response);
        }
        finally {
            MDC.remove("correlationId");
        }
    }

    private static void unauthorized(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpStatus.UNAUTHORIZED.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                + "\"detail\":\"No tenant and principal on the request: call through the gateway\",\"instance\":\""
                + request.getRequestURI().replaceAll("[^A-Za-z0-9/._-]", "") + "\"}");
    }
}
