package io.pmo.platform.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.ContainerProperties;

import io.pmo.events.project.ProjectEvent;
import io.pmo.platform.kafka.KafkaEventPublisher;
import io.pmo.platform.kafka.PmoKafkaAutoConfiguration;

/** The toolkit's beans, with Boot's Kafka auto-configuration; nothing connects to a broker. */
class PmoConsumerAutoConfigurationTests {

    private static final InMemoryMongo MONGO = new InMemoryMongo();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(KafkaAutoConfiguration.class, PmoConsumerAutoConfiguration.class))
            .withBean(MongoTemplate.class, () -> MONGO.database("autoconfig"))
            .withPropertyValues("spring.kafka.admin.auto-create=false", "pmo.consumer.auto-startup=false",
                    "spring.application.name=reporting-service");

    @AfterAll
    static void stop() {
        MONGO.close();
    }

    @Test
    void runsAContainerPerConsumerGroupThatCommitsEachRecordAfterItsHandlers() {
        runner.withBean("projects", CloudEventConsumer.class, () -> CloudEventConsumer.group("reporting")
                .topic("pmo.project.events").on(ProjectEvent.class, (event, received) -> { }).build())
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    var containers = context.getBean(CloudEventConsumers.class).containers();
                    assertThat(containers).singleElement().satisfies(container -> {
                        ContainerProperties properties = container.getContainerProperties();
                        assertThat(properties.getGroupId()).isEqualTo("reporting");
                        assertThat(properties.getTopics()).containsExactly("pmo.project.events");
                        assertThat(properties.getAckMode()).isEqualTo(ContainerProperties.AckMode.BATCH);
                    });
                    assertThat(context).hasSingleBean(DeadLetterQueues.class);
                    assertThat(context.getBean(DeadLetterQueues.class).exists("reporting")).isTrue();
                });
    }

    @Test
    void rebuildsWithFourWorkersUnlessToldOtherwiseAndRefusesANumberOutsideOneToSixteen() {
        var withGroup = runner.withBean("projects", CloudEventConsumer.class, () -> CloudEventConsumer.group("reporting")
                .topic("pmo.project.events").on(ProjectEvent.class, (event, received) -> { }).build());
        withGroup.run(context -> assertThat(context.getBean(PmoConsumerProperties.class).rebuildWorkers())
                .isEqualTo(4));
        withGroup.withPropertyValues("pmo.consumer.rebuild-workers=1").run(context -> assertThat(
                context.getBean(PmoConsumerProperties.class).rebuildWorkers()).isEqualTo(1));
        for (String refused : new String[] { "0", "17" }) {
            withGroup.withPropertyValues("pmo.consumer.rebuild-workers=" + refused).run(context -> assertThat(context)
                    .hasFailed().getFailure().rootCause().hasMessageContaining("pmo.consumer.rebuild-workers"));
        }
    }

    @Test
    void createsTheDeadLetterTopicOfEveryTopicAndGroupKeptForever() {
        runner.withBean("projects", CloudEventConsumer.class, () -> CloudEventConsumer.group("reporting")
                .topic("pmo.project.events").topic("pmo.risk.events").on(Object.class, (event, received) -> { })
                .build())
                .run(context -> {
                    assertThat(context.getBeansOfType(KafkaAdmin.NewTopics.class)).containsOnlyKeys(
                            "pmoDeadLetterTopics", "pmoConsumedTopics");
                    List<NewTopic> topics = PmoConsumerAutoConfiguration.deadLetterTopics(
                            List.copyOf(context.getBeansOfType(CloudEventConsumer.class).values()),
                            context.getBean(PmoConsumerProperties.class));
                    assertThat(topics).extracting(NewTopic::name).containsExactly(
                            "pmo.project.events.reporting.dlq", "pmo.risk.events.reporting.dlq");
                    assertThat(topics.get(0).numPartitions()).isEqualTo(3);
                    assertThat(topics.get(0).configs()).containsEntry(TopicConfig.RETENTION_MS_CONFIG, "-1")
                            .containsEntry(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE);
                });
    }

    @Test
    void createsTheTopicsItConsumesKeptForeverButLeavesItsOwnToThePublisher() {
        runner.withPropertyValues("pmo.context=project")
                .withBean("reactions", CloudEventConsumer.class, () -> CloudEventConsumer.group("project-service")
                        .topic("pmo.project.events").topic("pmo.portfolio.events")
                        .on(Object.class, (event, received) -> { }).build())
                .run(context -> {
                    List<NewTopic> topics = PmoConsumerAutoConfiguration.consumedTopics(
                            List.copyOf(context.getBeansOfType(CloudEventConsumer.class).values()),
                            context.getBean(io.pmo.platform.PmoProperties.class));
                    assertThat(topics).extracting(NewTopic::name).containsExactly("pmo.portfolio.events");
                    assertThat(topics.get(0).numPartitions()).isEqualTo(3);
                    assertThat(topics.get(0).configs()).containsEntry(TopicConfig.RETENTION_MS_CONFIG, "-1")
                            .containsEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, "16777216");
                });
    }

    @Test
    void livesNextToThePublisherOfAServiceThatAlsoOwnsAContext() {
        runner.withConfiguration(AutoConfigurations.of(PmoKafkaAutoConfiguration.class))
                .withPropertyValues("pmo.context=project")
                .withBean("risks", CloudEventConsumer.class, () -> CloudEventConsumer.group("project-service")
                        .topic("pmo.risk.events").on(Object.class, (event, received) -> { }).build())
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).hasSingleBean(KafkaEventPublisher.class);
                    assertThat(context).hasSingleBean(CloudEventConsumers.class);
                });
    }

    @Test
    void refusesTwoDeclarationsOfOneConsumerGroup() {
        runner.withBean("a", CloudEventConsumer.class, () -> CloudEventConsumer.group("g").topic("t").build())
                .withBean("b", CloudEventConsumer.class, () -> CloudEventConsumer.group("g").topic("u").build())
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasStackTraceContaining("Two CloudEventConsumer beans declare the same consumer group"));
    }

    @Test
    void staysOutOfAServiceWithoutConsumers() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(CloudEventConsumers.class);
            assertThat(context).doesNotHaveBean(DeadLetterQueues.class);
        });
    }
}
