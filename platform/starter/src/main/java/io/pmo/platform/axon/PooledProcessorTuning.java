package io.pmo.platform.axon;

import java.time.Duration;

import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.springframework.beans.factory.DisposableBean;

/**
 * What every pooled streaming processor of a service gets: a cap on the segments one instance claims
 * ({@code pmo.processors.max-claimed-segments}, none when 0) and a source that wakes it every
 * {@code pmo.processors.wake-interval} rather than every 500 ms ({@link WakingEventSource}; Axon's own polling when
 * 0). Every pooled processor of a PMO service reads the service's own event store.
 */
final class PooledProcessorTuning implements ConfigurerModule, DisposableBean {

    private final int maxClaimedSegments;

    private final Duration wakeInterval;

    private WakingEventSource source;

    PooledProcessorTuning(int maxClaimedSegments, Duration wakeInterval) {
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
        this.wakeInterval = wakeInterval;
    }

    @Override
    public void configureModule(Configurer configurer) {
        configurer.eventProcessing().registerPooledStreamingEventProcessorConfiguration((configuration, builder) -> {
            if (maxClaimedSegments > 0) {
                builder.maxClaimedSegments(maxClaimedSegments);
            }
            if (!wakeInterval.isZero()) {
                builder.messageSource(source(configuration));
            }
            return builder;
        });
    }

    /** One waking source (one timer thread) for all the service's processors. */
    synchronized WakingEventSource source(Configuration configuration) {
        if (source == null) {
            source = new WakingEventSource(configuration.eventStore(), wakeInterval);
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
