package io.pmo.platform.axon;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.axonframework.common.Registration;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.pmo.platform.scheduling.PeriodicTask;

/**
 * The service's event store as the source of its pooled processors, with streams that wake their processor soon
 * after a local commit instead of Axon's 500 ms. Axon's pooled processor asks an idle stream for an availability
 * callback and, without one (the embedded JDBC event store offers none), looks for new events only every 500 ms:
 * half a second of lag on average for the Kafka publisher and every projection. A wake-up asks the processor to
 * check the stream, which is an in-memory look at what the store's producer already fetched (the producer itself is
 * woken by every local commit).
 *
 * <p>A tick (every {@code pmo.processors.wake-interval}, 25 ms) wakes the processors only on the {@value #WAKES_AFTER_COMMIT} ticks
 * after a unit of work with events committed here (the store's producer fetches them meanwhile), and otherwise every
 * {@code pmo.processors.poll-interval} (100 ms), which finds the events other replicas of the service committed. Woken
 * on every tick, the idle dev stack's work packages and coordinators switched context about 7,600 times a second.
 */
final class WakingEventSource implements StreamableMessageSource<TrackedEventMessage<?>>, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(WakingEventSource.class);

    private final StreamableMessageSource<TrackedEventMessage<?>> delegate;

    private final Set<Runnable> callbacks = ConcurrentHashMap.newKeySet();

    /** Ticks that wake the processors after a local commit: the first usually finds the events fetched. */
    static final int WAKES_AFTER_COMMIT = 3;

    private final PeriodicTask ticker;

    private final long pollNanos;

    /** The store's commits. */
    private final Registration commits;

    /** How many of the next ticks wake the processors because of a local commit. */
    private final AtomicInteger wakesOwed = new AtomicInteger();

    private volatile long lastWake = System.nanoTime();

    /** Wakes the processors after the store's local commits, and every {@code poll} for other replicas' events. */
    WakingEventSource(EventStore store, Duration interval, Duration poll) {
        this.delegate = store;
        Duration tick = Duration.ofMillis(Math.max(1, interval.toMillis()));
        this.pollNanos = Math.max(tick.toNanos(), poll.toNanos());
        this.commits = store.subscribe(events -> {
            // called as the events are stored, before their transaction commits
            if (CurrentUnitOfWork.isStarted()) {
                CurrentUnitOfWork.get().afterCommit(unitOfWork -> wakesOwed.set(WAKES_AFTER_COMMIT));
            }
            else {
                wakesOwed.set(WAKES_AFTER_COMMIT);
            }
        });
        this.ticker = new PeriodicTask("pmo-processor-wake", tick, tick, this::tick);
        ticker.start();
    }

    /** Wakes the processors if a local commit owes it, or if the poll interval passed. */
    void tick() {
        boolean owed = wakesOwed.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
        long now = System.nanoTime();
        if (owed || now - lastWake >= pollNanos) {
            lastWake = now;
            wake();
        }
    }

    /** Asks every open stream's processor to look for events. */
    void wake() {
        for (Runnable callback : callbacks) {
            try {
                callback.run();
            }
            catch (RuntimeException ex) {
                log.debug("A processor's availability callback failed: {}", ex.toString());
            }
        }
    }

    int openStreams() {
        return callbacks.size();
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken token) {
        return new WakingStream(delegate.openStream(token));
    }

    @Override
    public TrackingToken createTailToken() {
        return delegate.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return delegate.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return delegate.createTokenAt(dateTime);
    }

    @Override
    public TrackingToken createTokenSince(Duration duration) {
        return delegate.createTokenSince(duration);
    }

    @Override
    public void close() {
        ticker.stop();
        commits.cancel();
        callbacks.clear();
    }

    private final class WakingStream implements BlockingStream<TrackedEventMessage<?>> {

        private final BlockingStream<TrackedEventMessage<?>> stream;

        private volatile Runnable callback;

        WakingStream(BlockingStream<TrackedEventMessage<?>> stream) {
            this.stream = stream;
        }

        @Override
        public boolean setOnAvailableCallback(Runnable onAvailable) {
            Runnable previous = callback;
            if (previous != null) {
                callbacks.remove(previous);
            }
            callback = onAvailable;
            callbacks.add(onAvailable);
            return true;
        }

        @Override
        public boolean hasNextAvailable() {
            return stream.hasNextAvailable();
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return stream.peek();
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            return stream.hasNextAvailable(timeout, unit);
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return stream.nextAvailable();
        }

        @Override
        public Stream<TrackedEventMessage<?>> asStream() {
            return stream.asStream();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            stream.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public void close() {
            Runnable registered = callback;
            if (registered != null) {
                callbacks.remove(registered);
            }
            stream.close();
        }
    }
}
