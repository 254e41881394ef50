package io.pmo.platform.kafka;

import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.MicrometerProducerListener;

import io.pmo.events.common.EventCatalog;
import io.pmo.platform.PmoProperties;

/**
 * Publishes the service's own events to {@code pmo.<context>.events} (created here, kept forever) through
 * an idempotent, acks=all producer of its own.
 */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
@EnableConfigurationProperties(PmoProperties.class)
@ConditionalOnExpression("'${pmo.context:}' != '' and ${pmo.events.publish:true}")
@ConditionalOnClass(name = "org.springframework.kafka.core.KafkaTemplate")
public class PmoKafkaAutoConfiguration {

    @Bean
    DefaultKafkaProducerFactory<String, byte[]> pmoEventProducerFactory(KafkaProperties kafkaProperties,
            KafkaConnectionDetails connectionDetails, Environment environment, PmoProperties properties,
            ObjectProvider<MeterRegistry> meterRegistry) {
        Map<String, Object> config = kafkaProperties.buildProducerProperties();
        // the servers Boot resolved (a service connection may override spring.kafka.bootstrap-servers)
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, connectionDetails.getProducer().getBootstrapServers());
        if (connectionDetails.getProducer().getSecurityProtocol() != null) {
            config.put("security.protocol", connectionDetails.getProducer().getSecurityProtocol());
        }
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, EventTopics.MAX_MESSAGE_BYTES);
        // a send blocks at most as long as the publisher waits for a batch (pmo.events.send-timeout): without the
        // partitions' metadata, as after a broker outage, Kafka's default would hold the publisher's thread 60 s in
        // send() before the batch could fail and be sent again
        config.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, properties.events().sendTimeout().toMillis());
        // Kafka 4's clients hold a record up to 5 ms (linger.ms) for more to join its batch. The publisher sends a
        // processor batch's events at once and then waits for their acknowledgements, so that wait was only latency
        // on every batch; the records sent while the first request is in flight still go out together
        config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 0);
        config.put(ProducerConfig.CLIENT_ID_CONFIG,
                environment.getProperty("spring.application.name", "pmo") + "-event-publisher");
        DefaultKafkaProducerFactory<String, byte[]> factory = new DefaultKafkaProducerFactory<>(config);
        // the producer's own metrics (record-send rate, errors, latency) as kafka_producer_* in Prometheus
        meterRegistry.ifAvailable(meters -> factory.addListener(new MicrometerProducerListener<>(meters)));
        return factory;
    }

    @Bean
    KafkaTemplate<String, byte[]> pmoEventKafkaTemplate(
            @Qualifier("pmoEventProducerFactory") DefaultKafkaProducerFactory<String, byte[]> producerFactory) {
        return new KafkaTemplate<>(producerFactory);
    }

    @Bean
    KafkaEventPublisher kafkaEventPublisher(@Qualifier("pmoEventKafkaTemplate") KafkaTemplate<String, byte[]> kafka,
            PmoProperties properties, Environment environment, ObjectProvider<MeterRegistry> meterRegistry) {
        String source = properties.events().source() != null ? properties.events().source()
                : "/pmo/" + environment.getProperty("spring.application.name", properties.context() + "-service");
        return new KafkaEventPublisher(kafka, properties, source,
                meterRegistry.getIfAvailable(SimpleMeterRegistry::new));
    }

    @Bean
    NewTopic pmoContextTopic(PmoProperties properties) {
        return EventTopics.forever(EventCatalog.topic(properties.context()), properties.events().partitions(),
                properties.events().replicationFactor()).build();
    }
}
