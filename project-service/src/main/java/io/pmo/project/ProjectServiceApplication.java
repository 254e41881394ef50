package io.pmo.project;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** project-service: owns projects (ids, plan, lifecycle) and publishes {@code pmo.project.events}. */
@SpringBootApplication
public class ProjectServiceApplication {

    /** Its own config file name, so that it can share a JVM (and a classpath) with the other services. */
    public static final String CONFIG_NAME = "project-service";

    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(ProjectServiceApplication.class)
                .properties("spring.config.name=" + CONFIG_NAME);
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
