package io.pmo.platform.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who calls, for which tenant, in which conversation. Until the identity issue brings tokens, the gateway
 * stamps {@code X-Tenant-Id} and {@code X-Principal} (it strips any a client sent); a request without them is
 * refused with 401 before it reaches a controller.
 */
public record RequestIdentity(String tenantId, String principal, String correlationId) {

    public static final String TENANT_HEADER = "X-Tenant-Id";
    public static final String PRINCIPAL_HEADER = "X-Principal";
    public static final String CORRELATION_HEADER = "X-Correlation-Id";

    static final String ATTRIBUTE = RequestIdentity.class.getName();

    /** The identity the filter resolved for this request, or null outside a checked request. */
    public static RequestIdentity of(HttpServletRequest request) {
        return (RequestIdentity) request.getAttribute(ATTRIBUTE);
    }
}
