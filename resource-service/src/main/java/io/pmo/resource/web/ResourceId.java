package io.pmo.resource.web;

import java.util.UUID;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

import io.pmo.platform.domain.NotFound;

/** A resource id as a path variable carries it: a UUID in canonical form; anything else is a 404. */
public record ResourceId(String value) {

    public static ResourceId of(String text) {
        try {
            return new ResourceId(UUID.fromString(text).toString());
        }
        catch (IllegalArgumentException ex) {
            throw new NotFound("No resource " + text);
        }
    }

    @Override
    public String toString() {
        return value;
    }

    /** Spring MVC's conversion of a {@code {resourceId}} path variable. */
    @Component
    static class FromPath implements Converter<String, ResourceId> {

        @Override
        public ResourceId convert(String source) {
            return of(source);
        }
    }
}
