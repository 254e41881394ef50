package io.pmo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.support.SpringFactoriesLoader;

class PmoDefaultsEnvironmentPostProcessorTests {

    private final PmoDefaultsEnvironmentPostProcessor processor = new PmoDefaultsEnvironmentPostProcessor();

    private final StandardEnvironment environment = new StandardEnvironment();

    @Test
    void addsThePlatformDefaultsAsTheLastPropertySource() {
        processor.postProcessEnvironment(environment, new SpringApplication());

        PropertySource<?> last = environment.getPropertySources().stream().reduce((a, b) -> b).orElseThrow();
        assertThat(last.getName()).isEqualTo(PmoDefaultsEnvironmentPostProcessor.SOURCE_NAME);
        assertThat(environment.getProperty("axon.axonserver.enabled")).isEqualTo("false");
        assertThat(environment.getProperty("axon.serializer.general")).isEqualTo("jackson");
        assertThat(environment.getProperty("axon.serializer.events")).isEqualTo("jackson");
        assertThat(environment.getProperty("axon.serializer.messages")).isEqualTo("jackson");
        assertThat(environment.getProperty("spring.jackson.deserialization.fail-on-unknown-properties"))
                .isEqualTo("true");
    }

    @Test
    void aPropertyTheApplicationSetsWinsOverTheDefault() {
        environment.getPropertySources().addFirst(new MapPropertySource("application",
                Map.of("axon.axonserver.enabled", "true", "axon.serializer.events", "avro")));

        processor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("axon.axonserver.enabled")).isEqualTo("true");
        assertThat(environment.getProperty("axon.serializer.events")).isEqualTo("avro");
        assertThat(environment.getProperty("axon.serializer.general")).isEqualTo("jackson");
    }

    @Test
    void isIdempotentWhenAppliedTwice() {
        processor.postProcessEnvironment(environment, new SpringApplication());
        int sources = environment.getPropertySources().size();

        processor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getPropertySources().size()).isEqualTo(sources);
        assertThat(environment.getPropertySources().stream()
                .filter(source -> source.getName().equals(PmoDefaultsEnvironmentPostProcessor.SOURCE_NAME)))
                .hasSize(1);
    }

    @Test
    void isRegisteredSoThatEverySpringApplicationGetsTheDefaults() {
        assertThat(SpringFactoriesLoader.loadFactoryNames(EnvironmentPostProcessor.class, getClass().getClassLoader()))
                .contains(PmoDefaultsEnvironmentPostProcessor.class.getName());
    }

    @Test
    void aCommandLineArgumentOfARealApplicationWinsOverTheDefault() {
        SpringApplication application = new SpringApplication(Empty.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        try (ConfigurableApplicationContext context = application.run("--axon.serializer.general=xstream")) {
            assertThat(context.getEnvironment().getProperty("axon.serializer.general")).isEqualTo("xstream");
            assertThat(context.getEnvironment().getProperty("axon.axonserver.enabled")).isEqualTo("false");
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Empty {
    }
}
