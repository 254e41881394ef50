package io.pmo.reporting;

import java.time.Clock;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;

/**
 * reporting-service: owns computed RAG and every KPI definition. It publishes no events of its own; it
 * subscribes to the contexts' topics and keeps its read models (audit trail, report rows) in MongoDB.
 */
@SpringBootApplication
public class ReportingServiceApplication {

    /** Its own config file name, so that it can share a JVM (and a classpath) with the other services. */
    public static final String CONFIG_NAME = "reporting-service";

    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(ReportingServiceApplication.class)
                .properties("spring.config.name=" + CONFIG_NAME);
    }

    public static void main(String[] args) {
        builder().run(args);
    }

    /** The recording time of the read models; a bean so that tests can fix it. */
    @Bean
    Clock reportingClock() {
        return Clock.systemUTC();
    }
}
