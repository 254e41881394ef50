package io.pmo.platform.consumer;

import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerInterceptor;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Times the last hop of an event, from its read-model writes to the commit of its offset: Kafka calls
 * {@link #onCommit} on the consumer's own thread once a commit has succeeded, whatever the container's ack mode, and
 * the dispatcher (given in the consumer's configuration under {@link #DISPATCHER}) knows when that thread's last
 * writes were done.
 */
public final class CommitHopInterceptor implements ConsumerInterceptor<String, byte[]> {

    /** Consumer configuration key of the group's dispatcher. */
    static final String DISPATCHER = "pmo.consumer.dispatcher";

    private CloudEventDispatcher dispatcher;

    @Override
    public void configure(Map<String, ?> configs) {
        dispatcher = (CloudEventDispatcher) configs.get(DISPATCHER);
    }

    @Override
    public ConsumerRecords<String, byte[]> onConsume(ConsumerRecords<String, byte[]> records) {
        return records;
    }

    @Override
    public void onCommit(Map<TopicPartition, OffsetAndMetadata> offsets) {
        if (dispatcher != null) {
            dispatcher.committed();
        }
    }

    @Override
    public void close() {
    }
}
