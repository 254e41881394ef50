package io.pmo.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The event store's streams, as the pooled processors get them: they take an availability callback (the embedded
 * store's own streams do not, so Axon would look for events every 500 ms) and call it on every tick until closed,
 * and otherwise behave as the store's streams.
 */
class WakingEventSourceTests {

    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();

    private final WakingEventSource source = new WakingEventSource(store, Duration.ofMillis(5));

    @AfterEach
    void close() {
        source.close();
        store.shutDown();
    }

    @Test
    void wakesTheProcessorOfEveryOpenStreamUntilItIsClosed() {
        AtomicInteger wakes = new AtomicInteger();
        BlockingStream<TrackedEventMessage<?>> stream = source.openStream(null);

        assertThat(stream.setOnAvailableCallback(wakes::incrementAndGet)).as("a callback is supported").isTrue();
        await().atMost(Duration.ofSeconds(10)).until(() -> wakes.get() >= 3);
        assertThat(source.openStreams()).isEqualTo(1);

        stream.close();
        assertThat(source.openStreams()).isZero();
    }

    @Test
    void aNewCallbackReplacesTheStreamsPreviousOne() {
        BlockingStream<TrackedEventMessage<?>> stream = source.openStream(null);
        stream.setOnAvailableCallback(() -> { });
        stream.setOnAvailableCallback(() -> { });

        assertThat(source.openStreams()).isEqualTo(1);
        stream.close();
    }

    @Test
    void streamsTheStoresEventsAndTokensAsTheStoreDoes() throws InterruptedException {
        store.publish(GenericEventMessage.asEventMessage("first"), GenericEventMessage.asEventMessage("second"));
        BlockingStream<TrackedEventMessage<?>> stream = source.openStream(source.createTailToken());

        assertThat(stream.hasNextAvailable(5, TimeUnit.SECONDS)).isTrue();
        assertThat(stream.peek()).hasValueSatisfying(event -> assertThat(event.getPayload()).isEqualTo("first"));
        assertThat(stream.nextAvailable().getPayload()).isEqualTo("first");
        assertThat(stream.nextAvailable().getPayload()).isEqualTo("second");
        assertThat(stream.hasNextAvailable()).isFalse();
        assertThat(source.createHeadToken()).isEqualTo(store.createHeadToken());
        stream.close();
    }
}
