package io.pmo.resource;

import java.time.Clock;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;

/**
 * resource-service: owns resources (people and placeholders, skills, cost rates, capacity calendars) and their
 * allocations to projects, and publishes {@code pmo.resource.events}.
 */
@SpringBootApplication
public class ResourceServiceApplication {

    /** Its own config file name, so that it can share a JVM (and a classpath) with the other services. */
    public static final String CONFIG_NAME = "resource-service";

    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(ResourceServiceApplication.class)
                .properties("spring.config.name=" + CONFIG_NAME);
    }

    /** The service's clock: what "today" is when a project's future allocations are released. */
    @Bean
    Clock resourceClock() {
        return Clock.systemUTC();
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
