package io.pmo.portfolio.web;

import java.util.UUID;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

import io.pmo.platform.domain.NotFound;

/**
 * A portfolio id as a path variable carries it: a UUID in canonical form. Anything else names no portfolio, so it
 * is a 404 like an unknown id.
 */
public record PortfolioId(String value) {

    public static PortfolioId of(String text) {
        try {
            return new PortfolioId(UUID.fromString(text).toString());
        }
        catch (IllegalArgumentException ex) {
            throw new NotFound("No portfolio " + text);
        }
    }

    @Override
    public String toString() {
        return value;
    }

    /** Spring MVC's conversion of a {@code {portfolioId}} path variable. */
    @Component
    static class FromPath implements Converter<String, PortfolioId> {

        @Override
        public PortfolioId convert(String source) {
            return of(source);
        }
    }
}
