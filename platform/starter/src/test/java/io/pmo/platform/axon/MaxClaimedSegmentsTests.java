package io.pmo.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;

/**
 * A pooled processor claims at most {@code pmo.processors.max-claimed-segments} segments per instance, so the
 * replicas of a service share its segments instead of the first one to start holding them all.
 */
class MaxClaimedSegmentsTests {


    @Test
    void limitsWhatOneInstanceOfEveryPooledProcessorMayClaim() {
        assertThat(maxCapacity(2, "views")).isEqualTo(2);
        assertThat(maxCapacity(2, "kafka-publisher")).isEqualTo(2);
    }

    @Test
    void leavesAxonsDefaultWhenUnset() {
        assertThat(maxCapacity(0, "views")).isEqualTo(Short.MAX_VALUE);
    }

    @Test
    void refusesANegativeLimit() {
        assertThatThrownBy(() -> new PooledProcessorTuning(-1, 0, Duration.ZERO, Duration.ofSeconds(1)))
                .hasMessageContaining("pmo.processors.max-claimed-segments");
        assertThatThrownBy(() -> new PooledProcessorTuning(0, 0, Duration.ofSeconds(5), Duration.ofSeconds(1)))
                .hasMessageContaining("pmo.processors.wake-interval");
        assertThatThrownBy(() -> new PooledProcessorTuning(0, 0, Duration.ofMillis(25), Duration.ofMillis(10)))
                .hasMessageContaining("pmo.processors.poll-interval");
        assertThatThrownBy(() -> new PooledProcessorTuning(0, 0, Duration.ofMillis(25), Duration.ofSeconds(2)))
                .hasMessageContaining("pmo.processors.poll-interval");
        assertThatThrownBy(() -> new PooledProcessorTuning(0, -1, Duration.ZERO, Duration.ofSeconds(1)))
                .hasMessageContaining("pmo.processors.initial-segment-count");
        assertThatThrownBy(() -> new PooledProcessorTuning(0, 100_000, Duration.ZERO, Duration.ofSeconds(1)))
                .hasMessageContaining("pmo.processors.initial-segment-count");
    }

    @Test
    void startsEveryPooledProcessorWithTheGivenSegmentsUnlessItsOwnSettingSaysOtherwise() {
        assertThat(initialSegments(0, 2, "views", null)).isEqualTo(2);
        assertThat(initialSegments(0, 2, "views", 8)).as("the processor's own setting").isEqualTo(8);
        assertThat(initialSegments(0, 0, "views", null)).as("Axon's default").isEqualTo(16);
    }

    private int maxCapacity(int limit, String processor) {
        Configurer configurer = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine());
        configurer.eventProcessing().registerPooledStreamingEventProcessor(processor,
                org.axonframework.config.Configuration::eventStore,
                (c, builder) -> builder.initialSegmentCount(4));
        configurer.eventProcessing().registerEventHandler(c -> new Object() {

            @org.axonframework.eventhandling.EventHandler
            void on(String event) {
            }
        });
        configurer.eventProcessing().assignHandlerInstancesMatching(processor, handler -> true);
        new PooledProcessorTuning(limit, 0, Duration.ZERO, Duration.ofSeconds(1)).configureModule(configurer);
        Configuration axon = configurer.buildConfiguration();
        return axon.eventProcessingConfiguration()
                .eventProcessor(processor, PooledStreamingEventProcessor.class).orElseThrow().maxCapacity();
    }

    /** The segments the processor's token store is initialised with, as Axon's Spring Boot settings would set them. */
    private int initialSegments(int limit, int initial, String processor, Integer ownSetting) {
        Configurer configurer = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine());
        configurer.eventProcessing().registerPooledStreamingEventProcessor(processor,
                org.axonframework.config.Configuration::eventStore,
                (c, builder) -> ownSetting == null ? builder : builder.initialSegmentCount(ownSetting));
        configurer.eventProcessing().registerEventHandler(c -> new Object() {

            @org.axonframework.eventhandling.EventHandler
            void on(String event) {
            }
        });
        configurer.eventProcessing().assignHandlerInstancesMatching(processor, handler -> true);
        new PooledProcessorTuning(limit, initial, Duration.ZERO, Duration.ofSeconds(1)).configureModule(configurer);
        Configuration axon = configurer.buildConfiguration();
        PooledStreamingEventProcessor built = axon.eventProcessingConfiguration()
                .eventProcessor(processor, PooledStreamingEventProcessor.class).orElseThrow();
        // the token store is initialised with the builder's count when the processor starts
        built.start();
        try {
            return axon.getComponent(org.axonframework.eventhandling.tokenstore.TokenStore.class)
                    .fetchSegments(processor).length;
        }
        finally {
            built.shutDown();
        }
    }
}
