package io.pmo.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.timeout.HandlerTimeoutHandlerEnhancerDefinition;
import org.axonframework.springboot.TimeoutProperties;

import org.junit.jupiter.api.Test;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.properties.bind.Binder;
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
    void turnsAxonsPerHandlerTimeoutsOffAndKeepsItsUnitOfWorkTimeouts() {
        processor.postProcessEnvironment(environment, new SpringApplication());

        TimeoutProperties timeouts = Binder.get(environment).bind("axon.timeout", TimeoutProperties.class)
                .orElseThrow(IllegalStateException::new);

        assertThat(timeouts.isEnabled()).isTrue();
        TimeoutProperties.MessageHandlerTimeoutProperties handler = timeouts.getHandler();
        assertThat(List.of(handler.getCommands(), handler.getEvents(), handler.getQueries(), handler.getDeadlines()))
                .allSatisfy(settings -> {
                    assertThat(settings.getTimeoutMs()).isNegative();
                    assertThat(settings.getWarningThresholdMs()).isNegative();
                });
        MessageHandlingMember<Object> member = mock();
        given(member.canHandleMessageType(CommandMessage.class)).willReturn(true);
        given(member.attribute(any())).willReturn(Optional.empty());
        assertThat(new HandlerTimeoutHandlerEnhancerDefinition(handler.toMessageHandlerTimeoutConfiguration())
                .wrapHandler(member)).as("a handler is left unwrapped").isSameAs(member);
        TimeoutProperties.TransactionTimeoutProperties transaction = timeouts.getTransaction();
        assertThat(List.of(transaction.getCommandBus(), transaction.getEventProcessors(), transaction.getQueryBus(),
                transaction.getDeadline())).allSatisfy(settings -> assertThat(settings.getTimeoutMs()).isPositive());
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
