package io.pmo.project.web;

import java.util.UUID;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

import io.pmo.platform.domain.NotFound;

/**
 * A project id as a path variable carries it: a UUID, in its canonical form. Anything else names no project, so it
 * is a 404 like an unknown id (never a 400 that would tell ids apart). Controllers take {@code ProjectId} path
 * variables and {@link #value()} is what commands and queries are given.
 */
public record ProjectId(String value) {

    /**
     * @throws NotFound if {@code text} is not a UUID
     */
    public static ProjectId of(String text) {
        try {
            return new ProjectId(UUID.fromString(text).toString());
        }
        catch (IllegalArgumentException ex) {
            throw new NotFound("No project " + text);
        }
    }

    @Override
    public String toString() {
        return value;
    }

    /** Spring MVC's conversion of a {@code {projectId}} path variable. */
    @Component
    static class FromPath implements Converter<String, ProjectId> {

        @Override
        public ProjectId convert(String source) {
            return of(source);
        }
    }
}
