package io.pmo.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;

/**
 * Only the pooled processors that read the service's event store get it through the waking source; a processor
 * registered with another source keeps that source and still sees its events.
 */
class PooledProcessorSourceTests {

    @Test
    void wrapsTheEventStoreOfItsReadersAndLeavesAnotherSourceAlone() {
        EmbeddedEventStore imports = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine())
                .build();
        Views views = new Views();
        Imports imported = new Imports();
        Configurer configurer = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine());
        configurer.eventProcessing()
                .registerPooledStreamingEventProcessor("views", Configuration::eventStore,
                        (c, builder) -> builder.initialSegmentCount(1))
                .registerPooledStreamingEventProcessor("imports", c -> imports,
                        (c, builder) -> builder.initialSegmentCount(1))
                .registerEventHandler(c -> views)
                .registerEventHandler(c -> imported)
                .assignHandlerInstancesMatching("views", Views.class::isInstance)
                .assignHandlerInstancesMatching("imports", Imports.class::isInstance);
        PooledProcessorTuning tuning = new PooledProcessorTuning(0, 0, Duration.ofMillis(5), Duration.ofSeconds(1));
        tuning.configureModule(configurer);
        Configuration axon = configurer.start();
        try {
            axon.eventStore().publish(GenericEventMessage.asEventMessage("local"));
            imports.publish(GenericEventMessage.asEventMessage("imported"));

            await().atMost(Duration.ofSeconds(30)).until(() -> views.seen.contains("local")
                    && imported.seen.contains("imported"));
            assertThat(views.seen).containsExactly("local");
            assertThat(imported.seen).containsExactly("imported");
            assertThat(tuning.source(axon).openStreams()).as("streams through the waking source").isEqualTo(1);
        }
        finally {
            axon.shutdown();
            imports.shutDown();
            tuning.destroy();
        }
    }

    static final class Views {

        final List<String> seen = new CopyOnWriteArrayList<>();

        @EventHandler
        void on(String event) {
            seen.add(event);
        }
    }

    static final class Imports {

        final List<String> seen = new CopyOnWriteArrayList<>();

        @EventHandler
        void on(String event) {
            seen.add(event);
        }
    }
}
