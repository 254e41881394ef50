package io.pmo.platform.consumer;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.MicrometerConsumerListener;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import io.pmo.events.common.EventCatalog;
import io.pmo.platform.PmoProperties;
import io.pmo.platform.kafka.EventTopics;

/**
 * The consumer toolkit for every service that declares a {@link CloudEventConsumer} bean: a listener container
 * per consumer group, dedupe and parking in the service's MongoDB, the dead-letter topics (created here, kept
 * forever like the main topics), their producer, and the admin endpoints to list and replay them.
 */
@AutoConfiguration(after = { KafkaAutoConfiguration.class, DataMongoAutoConfiguration.class },
        afterName = "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration")
@ConditionalOnBean({ CloudEventConsumer.class, MongoTemplate.class, KafkaProperties.class })
@EnableConfigurationProperties({ PmoConsumerProperties.class, PmoProperties.class })
public class PmoConsumerAutoConfiguration {

    private final String application;

    PmoConsumerAutoConfiguration(Environment environment) {
        this.application = environment.getProperty("spring.application.name", "pmo");
    }

    @Bean
    ConsumerPositions pmoConsumerPositions(MongoTemplate mongo) {
        return new ConsumerPositions(mongo, Clock.systemUTC());
    }

    @Bean
    ParkedAggregates pmoParkedAggregates(MongoTemplate mongo) {
        return new ParkedAggregates(mongo, Clock.systemUTC());
    }

    /**
     * The dead letters' own idempotent, acks=all producer. Not a bean: a second {@code ProducerFactory} bean would
     * make Boot's default {@code KafkaTemplate} ambiguous in a service that also publishes; the producer is closed
     * with this bean instead.
     */
    @Bean
    DeadLetters pmoDeadLetters(KafkaProperties kafkaProperties, KafkaConnectionDetails connection,
            PmoConsumerProperties properties) {
        Map<String, Object> producer = new HashMap<>(kafkaProperties.buildProducerProperties());
        producer.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, connection.getProducer().getBootstrapServers());
        securityProtocol(producer, connection.getProducer());
        producer.put(ProducerConfig.ACKS_CONFIG, "all");
        producer.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producer.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        producer.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, EventTopics.MAX_MESSAGE_BYTES);
        producer.put(ProducerConfig.CLIENT_ID_CONFIG, application + "-dlq-producer");
        Map<String, Object> reader = consumerConfig(kafkaProperties, connection);
        return new DeadLetters(new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(producer, new StringSerializer(),
                new ByteArraySerializer())), clientId -> reader(reader, clientId, null), Clock.systemUTC(),
                properties.kafkaTimeout());
    }

    /** A plain consumer on Boot's settings: without a group (it only reads), or of a group only to read its offsets. */
    private KafkaConsumer<String, byte[]> reader(Map<String, Object> consumerConfig, String clientId, String group) {
        Map<String, Object> config = new HashMap<>(consumerConfig);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        if (group != null) {
            config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        }
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, application + "-" + clientId);
        return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    }

    /**
     * Read-model rebuilds of the groups that declare read models. They read with a group-less consumer of their
     * own; the live group's committed offsets are read with a consumer that names the group but never subscribes
     * or commits, so it does not join the group.
     */
    @Bean
    ReadModelRebuilds pmoReadModelRebuilds(Dispatchers dispatchers, MongoTemplate mongo, ConsumerPositions positions,
            CloudEventConsumers consumers, KafkaProperties kafkaProperties, KafkaConnectionDetails connection,
            PmoConsumerProperties properties) {
        Map<String, Object> config = consumerConfig(kafkaProperties, connection);
        ReadModelRebuild.Kafka kafka = new ReadModelRebuild.Kafka() {

            @Override
            public Consumer<String, byte[]> reader(String clientId) {
                return PmoConsumerAutoConfiguration.this.reader(config, clientId, null);
            }

            @Override
            public Map<TopicPartition, Long> committed(String group, Set<TopicPartition> partitions,
                    Duration timeout) {
                try (Consumer<String, byte[]> consumer = PmoConsumerAutoConfiguration.this.reader(config,
                        "offsets-" + group, group)) {
                    Map<TopicPartition, Long> committed = new HashMap<>();
                    consumer.committed(partitions, timeout).forEach((partition, offset) -> {
                        if (offset != null) {
                            committed.put(partition, offset.offset());
                        }
                    });
                    return committed;
                }
            }
        };
        return new ReadModelRebuilds(dispatchers.all(), mongo, positions, kafka, consumers, Clock.systemUTC(),
                properties.kafkaTimeout(), properties.rebuildWorkers());
    }

    /** The dispatchers of all consumer groups, in one bean so that no one injects a single group's by type. */
    record Dispatchers(List<CloudEventDispatcher> all) {
    }

    @Bean
    Dispatchers pmoCloudEventDispatchers(List<CloudEventConsumer> consumers,
            ObjectProvider<CloudEventUpcaster> upcasters, ConsumerPositions positions, ParkedAggregates parked,
            DeadLetters deadLetters, ObjectProvider<MeterRegistry> meterRegistry) {
        MeterRegistry meters = meterRegistry.getIfAvailable(SimpleMeterRegistry::new);
        EventTypes types = EventTypes.catalog(upcasters.orderedStream().toList());
        long groups = consumers.stream().map(CloudEventConsumer::group).distinct().count();
        if (groups != consumers.size()) {
            throw new IllegalStateException("Two CloudEventConsumer beans declare the same consumer group: " + consumers);
        }
        return new Dispatchers(consumers.stream()
                .map(consumer -> new CloudEventDispatcher(consumer, types, positions, parked, deadLetters, meters))
                .toList());
    }

    @Bean
    CloudEventConsumers pmoCloudEventConsumers(Dispatchers dispatchers,
            KafkaProperties kafkaProperties, KafkaConnectionDetails connection, PmoConsumerProperties properties,
            ObjectProvider<MeterRegistry> meterRegistry) {
        return new CloudEventConsumers(dispatchers.all(), dispatcher -> {
            String group = dispatcher.group();
            Map<String, Object> config = consumerConfig(kafkaProperties, connection);
            config.put(ConsumerConfig.INTERCEPTOR_CLASSES_CONFIG, CommitHopInterceptor.class.getName());
            config.put(CommitHopInterceptor.DISPATCHER, dispatcher);
            config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
            config.put(ConsumerConfig.CLIENT_ID_CONFIG, application + "-" + group);
            config.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            DefaultKafkaConsumerFactory<String, byte[]> factory = new DefaultKafkaConsumerFactory<>(config,
                    new StringDeserializer(), new ByteArrayDeserializer());
            // the consumer's own metrics (records lag, fetch rate) as kafka_consumer_* in Prometheus
            meterRegistry.ifAvailable(meters -> factory.addListener(new MicrometerConsumerListener<>(meters)));
            return factory;
        }, properties);
    }

    @Bean
    DeadLetterQueues pmoDeadLetterQueues(Dispatchers dispatchers, DeadLetters deadLetters, ParkedAggregates parked) {
        return new DeadLetterQueues(dispatchers.all(), deadLetters, parked);
    }

    /** Boot's consumer settings on the servers Boot resolved (a service connection may override them), no auto-commit. */
    private static Map<String, Object> consumerConfig(KafkaProperties kafkaProperties, KafkaConnectionDetails connection) {
        Map<String, Object> config = new HashMap<>(kafkaProperties.buildConsumerProperties());
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, connection.getConsumer().getBootstrapServers());
        securityProtocol(config, connection.getConsumer());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return config;
    }

    private static void securityProtocol(Map<String, Object> config, KafkaConnectionDetails.Configuration connection) {
        if (connection.getSecurityProtocol() != null) {
            config.put("security.protocol", connection.getSecurityProtocol());
        }
    }

    /** {@code <topic>.<group>.dlq} for every topic of every group, kept forever like the topics themselves. */
    @Bean
    KafkaAdmin.NewTopics pmoDeadLetterTopics(List<CloudEventConsumer> consumers, PmoConsumerProperties properties) {
        return new KafkaAdmin.NewTopics(deadLetterTopics(consumers, properties).toArray(NewTopic[]::new));
    }

    static List<NewTopic> deadLetterTopics(List<CloudEventConsumer> consumers, PmoConsumerProperties properties) {
        return consumers.stream()
                .flatMap(consumer -> consumer.topics().stream().map(consumer::deadLetterTopic))
                .distinct()
                .map(topic -> EventTopics.forever(topic, properties.deadLetterPartitions(),
                        properties.deadLetterReplicationFactor()).build())
                .toList();
    }

    /**
     * The topics consumed, created the way their owner creates them (kept forever, the platform's partition
     * count) if the consumer starts first: otherwise the broker would auto-create them with its own retention,
     * and history would be deleted. A service's own context topic is left to its publisher.
     */
    @Bean
    KafkaAdmin.NewTopics pmoConsumedTopics(List<CloudEventConsumer> consumers, PmoProperties platform) {
        return new KafkaAdmin.NewTopics(consumedTopics(consumers, platform).toArray(NewTopic[]::new));
    }

    static List<NewTopic> consumedTopics(List<CloudEventConsumer> consumers, PmoProperties platform) {
        String ownTopic = platform.context() == null || platform.context().isBlank() ? null
                : EventCatalog.topic(platform.context());
        return consumers.stream().flatMap(consumer -> consumer.topics().stream())
                .distinct()
                .filter(topic -> !topic.equals(ownTopic))
                .map(topic -> EventTopics.forever(topic, platform.events().partitions(),
                        platform.events().replicationFactor()).build())
                .toList();
    }

    /** The admin endpoints, in servlet services. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @Import({ DeadLetterAdminController.class, ReadModelRebuildController.class })
    static class AdminEndpoints {
    }
}
