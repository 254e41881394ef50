package io.pmo.platform.consumer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RetriableException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.BatchMessageListener;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;

/**
 * Runs one Kafka listener container per consumer group, with a batch listener: the dispatcher gets a poll's records
 * at once and does its bookkeeping in bulk ({@link CloudEventDispatcher#onBatch}), and the offsets are committed
 * once, after every record of the poll was handled (its writes are done) or is safely in the dead-letter topic; a
 * commit and two bookkeeping reads and a write per record cost a round trip each. A crash before the commit
 * redelivers the batch, and the positions kept with the read models ({@link ConsumerPositions}) and the per-document
 * guard ({@link SourceGuard}) skip what was applied, so dedupe stays exact. A failing record is named by a
 * {@link org.springframework.kafka.listener.BatchListenerFailedException}: the offsets before it are committed,
 * and it is retried or dead-lettered as below, then the rest of the batch is fetched again. A handler that
 * fails for a reason no retry can fix (a conversion, a rule, an unknown aggregate: anything not listed in
 * {@link #TRANSIENT}) dead-letters the record at once, so a poison message never holds its partition back; a
 * transient failure (the store or the broker unreachable, a concurrent write) is retried in place with an
 * exponential back-off from {@code pmo.consumer.retry-interval}, at most {@code max-retries} times, then the record
 * is dead-lettered and the partition moves on.
 */
final class CloudEventConsumers implements SmartLifecycle, ReadModelRebuild.Listeners {

    private final List<ConcurrentMessageListenerContainer<String, byte[]>> containers = new ArrayList<>();

    private final Map<String, ConcurrentMessageListenerContainer<String, byte[]>> byGroup = new HashMap<>();

    private final boolean autoStartup;

    CloudEventConsumers(List<CloudEventDispatcher> dispatchers,
            Function<CloudEventDispatcher, ConsumerFactory<String, byte[]>> consumerFactories, PmoConsumerProperties properties) {
        this.autoStartup = properties.autoStartup();
        for (CloudEventDispatcher dispatcher : dispatchers) {
            ContainerProperties container = new ContainerProperties(
                    dispatcher.consumer().topics().toArray(String[]::new));
            container.setGroupId(dispatcher.group());
            container.setAckMode(ContainerProperties.AckMode.BATCH);
            container.setMessageListener((BatchMessageListener<String, byte[]>) dispatcher::onBatch);
            ConcurrentMessageListenerContainer<String, byte[]> listener = new ConcurrentMessageListenerContainer<>(
                    consumerFactories.apply(dispatcher), container);
            listener.setConcurrency(properties.concurrency());
            listener.setBeanName("pmo-consumer-" + dispatcher.group());
            listener.setCommonErrorHandler(errorHandler(dispatcher, properties));
            containers.add(listener);
            byGroup.put(dispatcher.group(), listener);
        }
    }

    /**
     * Failures worth retrying: the store or the broker did not answer, or lost a race. Everything else a handler
     * throws would fail the same way on every attempt.
     */
    static final List<Class<? extends Exception>> TRANSIENT = List.of(TransientDataAccessException.class,
            RecoverableDataAccessException.class, DataAccessResourceFailureException.class,
            MongoSocketException.class, MongoTimeoutException.class, RetriableException.class,
            ConcurrencyException.class, java.util.concurrent.TimeoutException.class, java.io.IOException.class);

    private static DefaultErrorHandler errorHandler(CloudEventDispatcher dispatcher, PmoConsumerProperties properties) {
        ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(properties.maxRetries());
        backOff.setInitialInterval(properties.retryInterval().toMillis());
        backOff.setMultiplier(2);
        backOff.setMaxInterval(Math.max(properties.retryInterval().toMillis(), MAX_RETRY_INTERVAL.toMillis()));
        DefaultErrorHandler errorHandler = new DefaultErrorHandler(
                (record, failure) -> dispatcher.recover(bytes(record), failure), backOff);
        errorHandler.defaultFalse();
        TRANSIENT.forEach(errorHandler::addRetryableExceptions);
        errorHandler.setCommitRecovered(true);
        return errorHandler;
    }

    /** The longest wait between two attempts: well inside Kafka's poll interval. */
    private static final Duration MAX_RETRY_INTERVAL = Duration.ofSeconds(30);

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

    /**
     * Pauses the group's listeners and waits until every one of them has: the records of the poll in hand are
     * handled and committed first, nothing more is fetched. A group whose listeners are not
     * running counts as paused.
     * @throws IllegalStateException if they did not pause within {@code timeout}
     */
    @Override
    public void pause(String group, Duration timeout) throws InterruptedException {
        ConcurrentMessageListenerContainer<String, byte[]> container = byGroup.get(group);
        if (container == null || !container.isRunning()) {
            return;
        }
        container.pause();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!container.isContainerPaused()) {
            if (System.nanoTime() > deadline) {
                container.resume();
                throw new IllegalStateException("The listeners of " + group + " did not pause within " + timeout);
            }
            Thread.sleep(20);
        }
    }

    /** Lets the group's listeners fetch again. */
    @Override
    public void resume(String group) {
        ConcurrentMessageListenerContainer<String, byte[]> container = byGroup.get(group);
        if (container != null) {
            container.resume();
        }
    }

    @Override
    public Set<TopicPartition> assigned(String group) {
        ConcurrentMessageListenerContainer<String, byte[]> container = byGroup.get(group);
        Collection<TopicPartition> assigned = container == null ? null : container.getAssignedPartitions();
        return assigned == null ? Set.of() : Set.copyOf(assigned);
    }

    /** The containers, e.g. for a test to wait until partitions are assigned. */
    List<ConcurrentMessageListenerContainer<String, byte[]>> containers() {
        return containers;
    }
}
