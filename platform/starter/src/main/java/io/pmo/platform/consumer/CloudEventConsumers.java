package io.pmo.platform.consumer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Runs one Kafka listener container per consumer group. Ack mode RECORD: a record's offset is committed only
 * after its handlers returned (their writes are done) or it is safely in the dead-letter topic. A failing
 * handler is retried in place ({@code pmo.consumer.retry-interval} x {@code max-retries}), which holds the
 * partition back only for that bounded time; then the record is dead-lettered and the partition moves on.
 */
final class CloudEventConsumers implements SmartLifecycle {

    private final List<ConcurrentMessageListenerContainer<String, byte[]>> containers = new ArrayList<>();

    private final boolean autoStartup;

    CloudEventConsumers(List<CloudEventDispatcher> dispatchers,
            Function<String, ConsumerFactory<String, byte[]>> consumerFactories, PmoConsumerProperties properties) {
        this.autoStartup = properties.autoStartup();
        for (CloudEventDispatcher dispatcher : dispatchers) {
            ContainerProperties container = new ContainerProperties(
                    dispatcher.consumer().topics().toArray(String[]::new));
            container.setGroupId(dispatcher.group());
            container.setAckMode(ContainerProperties.AckMode.RECORD);
            container.setMessageListener((MessageListener<String, byte[]>) dispatcher::onMessage);
            ConcurrentMessageListenerContainer<String, byte[]> listener = new ConcurrentMessageListenerContainer<>(
                    consumerFactories.apply(dispatcher.group()), container);
            listener.setConcurrency(properties.concurrency());
            listener.setBeanName("pmo-consumer-" + dispatcher.group());
            DefaultErrorHandler errorHandler = new DefaultErrorHandler(
                    (record, failure) -> dispatcher.recover(bytes(record), failure),
                    new FixedBackOff(properties.retryInterval().toMillis(), properties.maxRetries()));
            errorHandler.setCommitRecovered(true);
            listener.setCommonErrorHandler(errorHandler);
            containers.add(listener);
        }
    }

    @SuppressWarnings("unchecked")
    private static ConsumerRecord<String, byte[]> bytes(ConsumerRecord<?, ?> record) {
        return (ConsumerRecord<String, byte[]>) record;
    }

    @Override
    public void start() {
        containers.forEach(ConcurrentMessageListenerContainer::start);
    }

    @Override
    public void stop() {
        containers.forEach(ConcurrentMessageListenerContainer::stop);
    }

    @Override
    public boolean isRunning() {
        return containers.stream().anyMatch(ConcurrentMessageListenerContainer::isRunning);
    }

    @Override
    public boolean isAutoStartup() {
        return autoStartup;
    }

    /** The containers, e.g. for a test to wait until partitions are assigned. */
    List<ConcurrentMessageListenerContainer<String, byte[]>> containers() {
        return containers;
    }
}
