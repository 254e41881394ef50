package io.pmo.platform.consumer;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the consumer toolkit, under {@code pmo.consumer.*}.
 *
 * @param retryInterval how far apart a record whose handler failed is retried
 * @param maxRetries how often it is retried before it goes to the dead-letter topic (so {@code maxRetries + 1}
 * attempts); a short outage of the read-model store should fit in {@code retryInterval * maxRetries}
 * @param concurrency listener threads per consumer group (at most the topic's partition count is useful)
 * @param autoStartup whether the consumers start with the application
 * @param deadLetterPartitions partitions of a dead-letter topic when the toolkit creates it
 * @param deadLetterReplicationFactor replication factor of a dead-letter topic
 * @param kafkaTimeout how long a dead-letter send or a read of a dead-letter topic may take
 * @param rebuildWorkers threads of a read-model rebuild (1-16, default 4), each applying the records of its share of
 * the group's partitions: a record's handlers wait on read-model round trips more than they compute, so a rebuild
 * alone in the service gains from several
 */
@ConfigurationProperties("pmo.consumer")
public record PmoConsumerProperties(Duration retryInterval, Integer maxRetries, Integer concurrency,
        Boolean autoStartup, Integer deadLetterPartitions, Short deadLetterReplicationFactor, Duration kafkaTimeout,
        Integer rebuildWorkers) {

    public PmoConsumerProperties {
        retryInterval = retryInterval == null ? Duration.ofSeconds(1) : retryInterval;
        maxRetries = maxRetries == null ? 9 : maxRetries;
        concurrency = concurrency == null ? 1 : concurrency;
        autoStartup = autoStartup == null ? Boolean.TRUE : autoStartup;
        deadLetterPartitions = deadLetterPartitions == null ? 3 : deadLetterPartitions;
        deadLetterReplicationFactor = deadLetterReplicationFactor == null ? 1 : deadLetterReplicationFactor;
        kafkaTimeout = kafkaTimeout == null ? Duration.ofSeconds(30) : kafkaTimeout;
        rebuildWorkers = rebuildWorkers == null ? 4 : rebuildWorkers;
        if (rebuildWorkers < 1 || rebuildWorkers > 16) {
            throw new IllegalArgumentException("pmo.consumer.rebuild-workers must be 1-16: " + rebuildWorkers);
        }
    }
}
