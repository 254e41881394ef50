package io.pmo.platform.web;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.context.SecurityContextHolder;

import io.pmo.platform.security.PmoCaller;
import io.pmo.platform.security.PmoRole;

/**
 * Who calls, for which tenant, with which roles, in which conversation. Tenant, principal and roles come only
 * from the request's validated bearer token (the security chain refuses a request without one before it
 * reaches a controller); the correlation id from {@code X-Correlation-Id} or a new one.
 */
public record RequestIdentity(String tenantId, String principal, Set<PmoRole> roles, String correlationId) {

    public static final String CORRELATION_HEADER = "X-Correlation-Id";

    static final String CORRELATION_ATTRIBUTE = RequestIdentity.class.getName() + ".correlationId";

    public RequestIdentity {
        roles = Set.copyOf(roles);
    }

    /**
     * The identity of the request being handled on this thread, or null when it carries no valid token (the
     * actuator's open endpoints, the error page).
     */
    public static RequestIdentity of(HttpServletRequest request) {
        Object correlationId = request.getAttribute(CORRELATION_ATTRIBUTE);
        return PmoCaller.of(SecurityContextHolder.getContext().getAuthentication())
                .map(caller -> new RequestIdentity(caller.tenantId(), caller.principal(), caller.roles(),
                        correlationId == null ? null : correlationId.toString()))
                .orElse(null);
    }

    /** The role names in a stable order, comma-separated, as stamped on command metadata. */
    public String roleNames() {
        return roles.stream().sorted().map(PmoRole::name).collect(Collectors.joining(","));
    }
}
