package io.pmo.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/** The publisher's beans, with Boot's Kafka auto-configuration; nothing connects to a broker. */
class PmoKafkaAutoConfigurationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(KafkaAutoConfiguration.class, PmoKafkaAutoConfiguration.class))
            .withPropertyValues("spring.kafka.admin.auto-create=false", "spring.application.name=project-service");

    @Test
    void definesThePublisherOfAServiceThatOwnsAContext() {
        runner.withPropertyValues("pmo.context=project").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).hasSingleBean(KafkaEventPublisher.class);
            assertThat(context).hasBean("pmoEventKafkaTemplate");
        });
    }

    @Test
    void createsTheContextTopicKeptForeverWithThreePartitionsByDefault() {
        runner.withPropertyValues("pmo.context=project").run(context -> {
            NewTopic topic = context.getBean("pmoContextTopic", NewTopic.class);
            assertThat(topic.name()).isEqualTo("pmo.project.events");
            assertThat(topic.numPartitions()).isEqualTo(3);
            assertThat(topic.configs()).containsEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, "16777216");
            assertThat(topic.configs()).containsEntry(TopicConfig.RETENTION_MS_CONFIG, "-1")
                    .containsEntry(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE);
        });
    }

    @Test
    void takesTheNumberOfPartitionsFromPmoEventsPartitions() {
        runner.withPropertyValues("pmo.context=project", "pmo.events.partitions=12").run(context -> {
            assertThat(context.getBean("pmoContextTopic", NewTopic.class).numPartitions()).isEqualTo(12);
        });
    }

    @Test
    void aSendBlocksNoLongerThanThePublisherWaitsForItsBatch() {
        runner.withPropertyValues("pmo.context=project", "pmo.events.send-timeout=3s").run(context -> assertThat(
                context.getBean("pmoEventProducerFactory", DefaultKafkaProducerFactory.class).getConfigurationProperties())
                .containsEntry(ProducerConfig.MAX_BLOCK_MS_CONFIG, 3_000L));
        runner.withPropertyValues("pmo.context=project", "spring.kafka.producer.properties.max.block.ms=500")
                .run(context -> assertThat(context.getBean("pmoEventProducerFactory", DefaultKafkaProducerFactory.class)
                        .getConfigurationProperties()).containsEntry(ProducerConfig.MAX_BLOCK_MS_CONFIG, "500"));
    }

    @Test
    void sendsARecordWithoutLingeringForMoreUnlessConfiguredTo() {
        runner.withPropertyValues("pmo.context=project").run(context -> assertThat(
                context.getBean("pmoEventProducerFactory", DefaultKafkaProducerFactory.class).getConfigurationProperties())
                .containsEntry(ProducerConfig.LINGER_MS_CONFIG, 0));
        runner.withPropertyValues("pmo.context=project", "spring.kafka.producer.properties.linger.ms=20")
                .run(context -> assertThat(context.getBean("pmoEventProducerFactory", DefaultKafkaProducerFactory.class)
                        .getConfigurationProperties()).containsEntry(ProducerConfig.LINGER_MS_CONFIG, "20"));
    }

    @Test
    void producesIdempotentlyWithAcksAllAndByteArrayValuesUnderAClientIdOfItsOwn() {
        runner.withPropertyValues("pmo.context=project", "spring.kafka.producer.acks=1").run(context -> {
            @SuppressWarnings("unchecked")
            DefaultKafkaProducerFactory<String, byte[]> factory = context.getBean("pmoEventProducerFactory",
                    DefaultKafkaProducerFactory.class);
            Map<String, Object> config = factory.getConfigurationProperties();
            assertThat(config).containsEntry(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, EventTopics.MAX_MESSAGE_BYTES);
            assertThat(config).containsEntry(ProducerConfig.ACKS_CONFIG, "all")
                    .containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true)
                    .containsEntry(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class)
                    .containsEntry(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class)
                    .containsEntry(ProducerConfig.CLIENT_ID_CONFIG, "project-service-event-publisher");
        });
    }

    @Test
    void leavesBootsOwnKafkaTemplateInPlace() {
        runner.withPropertyValues("pmo.context=project").run(context -> {
            assertThat(context).hasBean("kafkaTemplate");
            assertThat(context.getBean("kafkaTemplate")).isNotSameAs(context.getBean("pmoEventKafkaTemplate"));
            assertThat(context.getBeansOfType(KafkaTemplate.class)).hasSize(2);
        });
    }

    @Test
    void definesNothingForAServiceWithoutAContext() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(KafkaEventPublisher.class);
            assertThat(context).doesNotHaveBean(NewTopic.class);
            assertThat(context).doesNotHaveBean("pmoEventProducerFactory");
            assertThat(context).doesNotHaveBean("pmoEventKafkaTemplate");
        });
    }

    @Test
    void definesNothingWhenPublishingIsSwitchedOff() {
        runner.withPropertyValues("pmo.context=project", "pmo.events.publish=false").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(KafkaEventPublisher.class);
            assertThat(context).doesNotHaveBean(NewTopic.class);
            assertThat(context).doesNotHaveBean("pmoEventProducerFactory");
            assertThat(context).doesNotHaveBean("pmoEventKafkaTemplate");
        });
    }
}
