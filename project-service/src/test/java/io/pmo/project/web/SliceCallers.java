package io.pmo.project.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import java.util.List;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import io.pmo.platform.security.PmoJwtAuthenticationConverter;

/** Callers of the web slice tests: a validated token of tenant acme, mapped by the platform's own converter. */
final class SliceCallers {

    private SliceCallers() {
    }

    /** User {@code pm-1} of tenant acme with one role. */
    static RequestPostProcessor caller(String role) {
        return jwt().jwt(token -> token.subject("pm-1").claim("tenant", "acme").claim("roles", List.of(role)))
                .authorities(token -> new PmoJwtAuthenticationConverter().convert(token).getAuthorities());
    }
}
