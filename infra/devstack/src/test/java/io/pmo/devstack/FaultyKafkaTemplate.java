package io.pmo.devstack;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TimeoutException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.support.SendResult;

/**
 * Replaces the publisher's KafkaTemplate with one whose sends fail, as a broker outage would, while
 * {@link #FAILING} is set.
 */
final class FaultyKafkaTemplate extends KafkaTemplate<String, byte[]> {

    static final AtomicBoolean FAILING = new AtomicBoolean();

    static final AtomicInteger FAILED_SENDS = new AtomicInteger();

    /**
     * Sends of a record this template was given before (same key and value: the same event), failed or not: the
     * publisher sending again a batch that Kafka did not acknowledge in time.
     */
    static final AtomicInteger RESENDS = new AtomicInteger();

    private static final java.util.Set<String> SENT = java.util.concurrent.ConcurrentHashMap.newKeySet();

    FaultyKafkaTemplate(ProducerFactory<String, byte[]> producerFactory) {
        super(producerFactory);
    }

    @Override
    public CompletableFuture<SendResult<String, byte[]>> send(ProducerRecord<String, byte[]> record) {
        if (!SENT.add(record.key() + "|" + java.util.Arrays.hashCode(record.value()))) {
            RESENDS.incrementAndGet();
        }
        if (FAILING.get()) {
            FAILED_SENDS.incrementAndGet();
            return CompletableFuture.failedFuture(new TimeoutException("injected: broker unreachable"));
        }
        return super.send(record);
    }

    @SuppressWarnings("unchecked")
    static void install(SpringApplicationBuilder application) {
        application.initializers(context -> context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if ("pmoEventKafkaTemplate".equals(beanName) && bean instanceof KafkaTemplate<?, ?> template) {
                    return new FaultyKafkaTemplate((ProducerFactory<String, byte[]>) template.getProducerFactory());
                }
                return bean;
            }
        }));
    }
}
