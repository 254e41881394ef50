package io.pmo.platform.security;

import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;

import io.pmo.platform.web.ProblemTypeUri;

/**
 * The bodies and headers of the 401 and 403 answers (RFC 9457 problem+json, RFC 6750 {@code WWW-Authenticate}),
 * written the same way by the servlet and the reactive chain. They name no library and carry no stack trace.
 */
final class ProblemResponses {

    static final String MISSING_TOKEN = "This request needs a bearer token from the PMO token issuer";

    static final String INVALID_TOKEN = "The bearer token is not valid: expired, not from the expected issuer, "
            + "badly signed, or without subject and tenant";

    static final String FORBIDDEN = "Your roles do not allow this request";

    private ProblemResponses() {
    }

    /** Whether the request carried a token that was refused, rather than no token at all. */
    static boolean tokenRefused(AuthenticationException ex) {
        return ex instanceof OAuth2AuthenticationException;
    }

    static String wwwAuthenticate(AuthenticationException ex) {
        return tokenRefused(ex) ? "Bearer error=\"invalid_token\"" : "Bearer";
    }

    static byte[] unauthorized(AuthenticationException ex, String path) {
        return body(HttpStatus.UNAUTHORIZED, tokenRefused(ex) ? INVALID_TOKEN : MISSING_TOKEN, path);
    }

    static byte[] forbidden(String path) {
        return body(HttpStatus.FORBIDDEN, FORBIDDEN, path);
    }

    private static byte[] body(HttpStatus status, String detail, String path) {
        return ("{\"type\":\"" + ProblemTypeUri.of(status.value()) + "\",\"title\":\"" + status.getReasonPhrase()
                + "\",\"status\":" + status.value()
                + ",\"detail\":\"" + detail + "\",\"instance\":\"" + path.replaceAll("[^A-Za-z0-9/._~-]", "") + "\"}")
                .getBytes(StandardCharsets.UTF_8);
    }
}
