package io.pmo.platform.axon;

import java.lang.reflect.Field;
import java.time.Duration;

import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.springframework.beans.factory.DisposableBean;

/**
 * What every pooled streaming processor of a service gets: a cap on the segments one instance claims
 * ({@code pmo.processors.max-claimed-segments}, none when 0); the segments it is created with
 * ({@code pmo.processors.initial-segment-count}, 4; Axon's 16 when 0), which a processor's own
 * {@code axon.eventhandling.processors.<name>.initial-segment-count} overrides (Axon applies it after this); and, when
 * it reads the service's own event store (the
 * default source), that store wrapped so that it wakes the processor on the {@code pmo.processors.wake-interval}
 * ticks after a local commit and every {@code pmo.processors.poll-interval} otherwise, rather than every 500 ms
 * ({@link WakingEventSource}; Axon's own polling when the wake interval is 0). A processor configured with
 * another source ({@code axon.eventhandling.processors.<name>.source}) keeps it as it is.
 */
final class PooledProcessorTuning implements ConfigurerModule, DisposableBean {

    /**
     * The source Axon has put in a processor's builder when the tuning sees it. The builder offers no getter, and
     * neither the processor's name nor Axon's settings tell a source registered in code, so the field is read.
     */
    private static final Field BUILDER_SOURCE = builderSource();

    private final int maxClaimedSegments;

    private final int initialSegments;

    private final Duration wakeInterval;

    private final Duration pollInterval;

    private WakingEventSource source;

    PooledProcessorTuning(int maxClaimedSegments, int initialSegments, Duration wakeInterval, Duration pollInterval) {
        if (initialSegments < 0 || initialSegments > 256) {
            throw new IllegalArgumentException(
                    "pmo.processors.initial-segment-count must be 1 to 256 (or 0 for Axon's default), was "
                            + initialSegments);
        }
        if (maxClaimedSegments < 0) {
            throw new IllegalArgumentException(
                    "pmo.processors.max-claimed-segments must be positive (or 0 for no limit), was "
                            + maxClaimedSegments);
        }
        if (wakeInterval.isNegative() || wakeInterval.compareTo(Duration.ofSeconds(1)) > 0) {
            throw new IllegalArgumentException(
                    "pmo.processors.wake-interval must be 0 (Axon's polling) up to 1s, was " + wakeInterval);
        }
        this.maxClaimedSegments = maxClaimedSegments;
        this.initialSegments = initialSegments;
        if (pollInterval.compareTo(wakeInterval) < 0 || pollInterval.compareTo(Duration.ofSeconds(1)) > 0) {
            throw new IllegalArgumentException("pmo.processors.poll-interval must be between the wake interval ("
                    + wakeInterval + ") and 1s, was " + pollInterval);
        }
        this.wakeInterval = wakeInterval;
        this.pollInterval = pollInterval;
    }

    @Override
    public void configureModule(Configurer configurer) {
        configurer.eventProcessing().registerPooledStreamingEventProcessorConfiguration((configuration, builder) -> {
            if (maxClaimedSegments > 0) {
                builder.maxClaimedSegments(maxClaimedSegments);
            }
            if (initialSegments > 0) {
                builder.initialSegmentCount(initialSegments);
            }
            if (!wakeInterval.isZero() && readsEventStore(builder, configuration)) {
                builder.messageSource(source(configuration));
            }
            return builder;
        });
    }

    private static boolean readsEventStore(PooledStreamingEventProcessor.Builder builder,
            Configuration configuration) {
        try {
            return BUILDER_SOURCE.get(builder) == configuration.eventStore();
        }
        catch (IllegalAccessException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static Field builderSource() {
        try {
            Field source = PooledStreamingEventProcessor.Builder.class.getDeclaredField("messageSource");
            source.setAccessible(true);
            return source;
        }
        catch (NoSuchFieldException ex) {
            throw new IllegalStateException("Axon's pooled processor builder no longer keeps its source in "
                    + "'messageSource': PooledProcessorTuning cannot tell which processors read the event store", ex);
        }
    }

    /** One waking source (one timer thread) for all the service's processors. */
    synchronized WakingEventSource source(Configuration configuration) {
        if (source == null) {
            source = new WakingEventSource(configuration.eventStore(), wakeInterval, pollInterval);
        }
        return source;
    }

    @Override
    public synchronized void destroy() {
        if (source != null) {
            source.close();
        }
    }
}
