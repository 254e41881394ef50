package io.pmo.platform;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the platform starter, under {@code pmo.*}.
 *
 * @param context the bounded context this service owns (e.g. {@code project}); its events go to
 * {@code pmo.<context>.events}; empty for a service that owns no published aggregates
 * @param events publishing settings
 */
@ConfigurationProperties("pmo")
public record PmoProperties(String context, Events events) {

    public PmoProperties {
        events = events == null ? new Events(null, null, null, null, null) : events;
    }

    /**
     * @param source CloudEvents {@code source}, default {@code /pmo/<spring.application.name>}
     * @param partitions partitions of the context topic when the platform creates it
     * @param replicationFactor replication factor of the context topic
     * @param sendTimeout how long the publisher waits for a batch's acknowledgements before it fails the
     * batch (the processor then retries it; nothing is skipped)
     * @param publish whether this service publishes its events to Kafka
     */
    public record Events(String source, Integer partitions, Short replicationFactor, Duration sendTimeout,
            Boolean publish) {

        public Events {
            partitions = partitions == null ? 3 : partitions;
            replicationFactor = replicationFactor == null ? 1 : replicationFactor;
            sendTimeout = sendTimeout == null ? Duration.ofSeconds(30) : sendTimeout;
            publish = publish == null ? Boolean.TRUE : publish;
        }
    }
}
