package io.pmo.platform.kafka;

import org.apache.kafka.common.config.TopicConfig;
import org.springframework.kafka.config.TopicBuilder;

/**
 * How the platform creates its topics (context topics, the topics a consumer reads, dead-letter topics): kept
 * forever, never compacted, and large enough for the biggest published event. A baseline carries every task of
 * the plan in one event (about 300 bytes a task), so the broker's 1 MB default would stop a plan of a few
 * thousand tasks in the publisher, retried forever; topics and producers allow {@link #MAX_MESSAGE_BYTES}.
 */
public final class EventTopics {

    /** 16 MiB: a baseline of about 50,000 tasks. */
    public static final int MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

    private EventTopics() {
    }

    public static TopicBuilder forever(String name, int partitions, int replicas) {
        return TopicBuilder.name(name)
                .partitions(partitions)
                .replicas(replicas)
                .config(TopicConfig.RETENTION_MS_CONFIG, "-1")
                .config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE)
                .config(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(MAX_MESSAGE_BYTES));
    }
}
