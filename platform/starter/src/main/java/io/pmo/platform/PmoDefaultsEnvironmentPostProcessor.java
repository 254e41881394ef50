package io.pmo.platform;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * Adds the platform's defaults ({@code pmo-defaults.properties}: no Axon Server, Jackson serializers, the
 * publisher's processor, metrics, Flyway locations) with the lowest precedence, so each service's own file,
 * environment and command line still win and no service repeats them.
 */
public class PmoDefaultsEnvironmentPostProcessor implements EnvironmentPostProcessor {

    static final String SOURCE_NAME = "pmoPlatformDefaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getPropertySources().contains(SOURCE_NAME)) {
            return;
        }
        try {
            environment.getPropertySources()
                    .addLast(new ResourcePropertySource(SOURCE_NAME, new ClassPathResource("pmo-defaults.properties")));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
