package io.pmo.risk.web;

import java.util.UUID;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

import io.pmo.platform.domain.NotFound;

/** A risk id as a path variable carries it: a UUID in canonical form; anything else is a 404. */
public record RiskId(String value) {

    public static RiskId of(String text) {
        try {
            return new RiskId(UUID.fromString(text).toString());
        }
        catch (IllegalArgumentException ex) {
            throw new NotFound("No risk " + text);
        }
    }

    @Override
    public String toString() {
        return value;
    }

    /** Spring MVC's conversion of a {@code {riskId}} path variable. */
    @Component
    static class FromPath implements Converter<String, RiskId> {

        @Override
        public RiskId convert(String source) {
            return of(source);
        }
    }
}
