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
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The event store's streams, as the pooled processors get them: they take an availability callback (the embedded
 * store's own streams do not, so Axon would look for events every 500 ms) and call it on every tick until closed,
 * or, given the store's commits, on the ticks after a local commit and every poll interval, and otherwise behave as
 * the store's streams.
 */
class WakingEventSourceTests {

    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();

    /** Polling on every tick. */
    private final WakingEventSource source = new WakingEventSource(store, Duration.ofMillis(5), Duration.ofMillis(5));

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
    void givenTheStoresCommitsItWakesTheProcessorsOnlyAfterAUnitOfWorkWithEventsCommitted() throws Exception {
        // a poll interval no test run reaches: only commits wake
        try (WakingEventSource committing = new WakingEventSource(store, Duration.ofMillis(5), Duration.ofHours(1))) {
            AtomicInteger wakes = new AtomicInteger();
            BlockingStream<TrackedEventMessage<?>> stream = committing.openStream(null);
            stream.setOnAvailableCallback(wakes::incrementAndGet);

            DefaultUnitOfWork<?> rolledBack = DefaultUnitOfWork.startAndGet(null);
            store.publish(GenericEventMessage.asEventMessage("never"));
            rolledBack.rollback();
            DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
            store.publish(GenericEventMessage.asEventMessage("renamed"));
            // ten ticks with the events stored but not committed, and after a rollback: no wake
            Thread.sleep(50);
            assertThat(wakes).hasValue(0);

            unitOfWork.commit();
            await().atMost(Duration.ofSeconds(10)).until(() -> wakes.get() == WakingEventSource.WAKES_AFTER_COMMIT);
            Thread.sleep(50);
            assertThat(wakes).as("only the ticks a commit owes").hasValue(WakingEventSource.WAKES_AFTER_COMMIT);

            store.publish(GenericEventMessage.asEventMessage("outside a unit of work"));
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> wakes.get() == 2 * WakingEventSource.WAKES_AFTER_COMMIT);
            stream.close();
        }
    }

    @Test
    void givenTheStoresCommitsItStillWakesTheProcessorsEveryPollIntervalForOtherReplicasEvents() {
        try (WakingEventSource committing = new WakingEventSource(store, Duration.ofMillis(5), Duration.ofMillis(50))) {
            AtomicInteger wakes = new AtomicInteger();
            committing.openStream(null).setOnAvailableCallback(wakes::incrementAndGet);

            await().atMost(Duration.ofSeconds(10)).until(() -> wakes.get() >= 3);
        }
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
