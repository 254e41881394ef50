package io.pmo.platform.testing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import java.util.List;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import io.pmo.platform.security.PmoJwtAuthenticationConverter;

/**
 * Callers of the web slice tests: a validated token with the platform's claims ({@code sub}, {@code tenant},
 * {@code roles}), its authorities mapped by the platform's own converter, as a request from the gateway would be.
 */
public final class SliceCallers {

    private SliceCallers() {
    }

    public static RequestPostProcessor caller(String subject, String tenantId, List<String> roles) {
        return jwt().jwt(token -> token.subject(subject).claim("tenant", tenantId).claim("roles", roles))
                .authorities(token -> new PmoJwtAuthenticationConverter().convert(token).getAuthorities());
    }
}
