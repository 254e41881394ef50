package io.pmo.platform.axon;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The dead-letter queue of the service's event processors, under {@code pmo.processors.dlq.*}.
 *
 * @param enabled whether processing groups (all but the Kafka publisher) dead-letter failing events; without it
 * a failing event stops its segment until the handler succeeds
 * @param maxSequences how many aggregates a group may have parked at once (1024); one more failure then fails the
 * segment, which retries: nothing is skipped
 * @param maxSequenceSize how many events one parked aggregate may queue (1024), same overflow rule
 * @param claimDuration how long a retry holds a sequence before another node may take it over (30 s)
 * @param retryMaxSequences how many parked aggregates one retry request handles at most (50)
 * @param sequenceCacheSize per segment, how many aggregates known not to be parked Axon remembers so that an event
 * needs no query to learn it (1024; 0 turns the cache off). Needed only while the queue holds letters: when a segment
 * is claimed with the queue empty, the parked aggregates alone are remembered
 * @param autoRetryInterval how often parked aggregates whose back-off has passed are retried without an admin
 * (1 min; the back-off doubles per failure from this interval up to an hour; 0 turns automatic retries off)
 */
@ConfigurationProperties("pmo.processors.dlq")
public record ProcessorDeadLetterProperties(Boolean enabled, Integer maxSequences, Integer maxSequenceSize,
        Duration claimDuration, Integer retryMaxSequences, Integer sequenceCacheSize, Duration autoRetryInterval) {

    public ProcessorDeadLetterProperties {
        enabled = enabled == null ? Boolean.TRUE : enabled;
        maxSequences = maxSequences == null ? 1024 : maxSequences;
        maxSequenceSize = maxSequenceSize == null ? 1024 : maxSequenceSize;
        claimDuration = claimDuration == null ? Duration.ofSeconds(30) : claimDuration;
        retryMaxSequences = retryMaxSequences == null ? 50 : retryMaxSequences;
        sequenceCacheSize = sequenceCacheSize == null ? 1024 : sequenceCacheSize;
        autoRetryInterval = autoRetryInterval == null ? Duration.ofMinutes(1) : autoRetryInterval;
    }
}
