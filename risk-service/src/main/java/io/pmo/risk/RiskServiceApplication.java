package io.pmo.risk;

import java.time.Clock;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;

/**
 * risk-service: owns the risk register (risks, assessments, responses and mitigation actions, escalations),
 * issues and decisions, and publishes {@code pmo.risk.events}.
 */
@SpringBootApplication
public class RiskServiceApplication {

    /** Its own config file name, so that it can share a JVM (and a classpath) with the other services. */
    public static final String CONFIG_NAME = "risk-service";

    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(RiskServiceApplication.class)
                .properties("spring.config.name=" + CONFIG_NAME);
    }

    /** The service's clock: what "today" is for proximity dates and due actions. */
    @Bean
    Clock riskClock() {
        return Clock.systemUTC();
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
