package io.pmo.project.web;

import java.util.List;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Callers of the web slice tests: a validated token of tenant acme, mapped by the platform's own converter. */
final class SliceCallers {

    private SliceCallers() {
    }

    /** User {@code pm-1} of tenant acme with one role. */
    static RequestPostProcessor caller(String role) {
        return io.pmo.platform.testing.SliceCallers.caller("pm-1", "acme", List.of(role));
    }
}
