package io.pmo.platform.web;

import io.pmo.platform.bounds.InputBounds;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.core.Ordered;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * How every service reads a request body, beside {@code spring.jackson.*}: within {@link InputBounds}
 * ({@link RequestBoundsModule}), unknown fields refused, and integers strict (a {@code 1.5} for a whole number of
 * days is a 400 naming the field, never silently truncated to 1).
 */
public class PmoRequestJson implements JsonMapperBuilderCustomizer, Ordered {

    @Override
    public void customize(JsonMapper.Builder builder) {
        builder.addModule(new RequestBoundsModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    }

    /** After Boot's own customizer of the {@code spring.jackson.*} properties. */
    @Override
    public int getOrder() {
        return 10;
    }

    /** A mapper builder that reads as the services do, for tests and tools. */
    public static JsonMapper.Builder mapperBuilder() {
        JsonMapper.Builder builder = JsonMapper.builder();
        new PmoRequestJson().customize(builder);
        return builder;
    }
}
