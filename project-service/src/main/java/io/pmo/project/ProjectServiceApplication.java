package io.pmo.project;

import java.time.Clock;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;

/** project-service: owns projects (ids, plan, lifecycle) and publishes {@code pmo.project.events}. */
@SpringBootApplication
public class ProjectServiceApplication {

    /** Its own config file name, so that it can share a JVM (and a classpath) with the other services. */
    public static final String CONFIG_NAME = "project-service";

    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(ProjectServiceApplication.class)
                .properties("spring.config.name=" + CONFIG_NAME);
    }

    /** The service's clock: what "today" is for the milestone watch (UTC until tenants have a time zone). */
    @Bean
    Clock projectClock() {
        return Clock.systemUTC();
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
