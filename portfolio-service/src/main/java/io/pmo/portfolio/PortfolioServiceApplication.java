package io.pmo.portfolio;

import java.time.Clock;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;

/**
 * portfolio-service: owns portfolios (hierarchy, budget envelopes, strategy, scoring, scenarios, stage gates and
 * funding) and publishes {@code pmo.portfolio.events}.
 */
@SpringBootApplication
public class PortfolioServiceApplication {

    /** Its own config file name, so that it can share a JVM (and a classpath) with the other services. */
    public static final String CONFIG_NAME = "portfolio-service";

    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(PortfolioServiceApplication.class)
                .properties("spring.config.name=" + CONFIG_NAME);
    }

    /** The service's clock: the business date a funding decision is taken on (UTC until tenants have a zone). */
    @Bean
    Clock portfolioClock() {
        return Clock.systemUTC();
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
