package io.pmo.platform.axon;

import java.util.function.Function;

import javax.sql.DataSource;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.springboot.EventProcessorProperties;
import org.axonframework.springboot.util.DeadLetterQueueProviderConfigurerModule;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

import io.micrometer.core.instrument.MeterRegistry;

import io.pmo.platform.kafka.KafkaEventPublisher;

/**
 * No poison event stalls a processor: every processing group except the Kafka publisher gets Axon's sequenced
 * dead-letter queue in the service's own PostgreSQL database (table {@code DeadLetterEntry}, Flyway V3). A handler
 * that fails parks the event under its aggregate (Axon's default per-aggregate sequencing), the aggregate's later
 * events queue behind it, and the segment moves on to every other aggregate. The Kafka publisher keeps failing and
 * retrying its batch instead ({@code PropagatingErrorHandler}): nothing may be skipped on the way to Kafka.
 * <p>
 * The dead-lettering invoker calls the handlers with Axon's propagating listener error handler of its own, so a
 * handler's exception reaches it and is dead-lettered rather than failing the batch; the processor's error handler
 * (also propagating) only sees what the queue itself cannot take: a full queue or a database error, and then the
 * segment retries, nothing is lost. Letters are serialized like the event store (Jackson).
 * <p>
 * Before handling an event the invoker asks whether its aggregate is parked. Axon's per-segment cache of sequence
 * identifiers answers that from memory (only the segment's owner parks its aggregates), sparing a query per event:
 * measured on one segment, 10,000 events of 1,000 aggregates, that query cost about a third of the throughput.
 */
@AutoConfiguration(afterName = { "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration" },
        beforeName = { "org.axonframework.springboot.autoconfig.AxonAutoConfiguration",
                "org.axonframework.springboot.autoconfig.JdbcAutoConfiguration" })
@ConditionalOnClass(name = { "org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue",
        "org.axonframework.springboot.util.DeadLetterQueueProviderConfigurerModule",
        "org.springframework.jdbc.core.JdbcTemplate" })
@ConditionalOnBean(DataSource.class)
@ConditionalOnProperty(prefix = "pmo.processors.dlq", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(ProcessorDeadLetterProperties.class)
public class PmoProcessorDeadLetterAutoConfiguration {

    /** Diagnostics key: how many times handling a letter has failed. */
    public static final String ATTEMPTS = "attempts";

    /**
     * Of the type of Axon's own provider module, so that Axon's JDBC auto-configuration (which gives a queue only to
     * the processors named under {@code axon.eventhandling.processors.<name>.dlq.enabled}) backs off.
     */
    @Bean
    DeadLetterQueueProviderConfigurerModule pmoProcessorDeadLetterQueues(EventProcessorProperties axonProcessors,
            DataSource dataSource, ProcessorDeadLetterProperties properties,
            ObjectProvider<ConnectionProvider> connectionProviders,
            ObjectProvider<TransactionManager> transactionManagers) {
        Function<String, Function<Configuration, SequencedDeadLetterQueue<EventMessage<?>>>> queues =
                group -> KafkaEventPublisher.PROCESSING_GROUP.equals(group) ? null
                        : config -> JdbcSequencedDeadLetterQueue.<EventMessage<?>>builder()
                                .processingGroup(group)
                                .connectionProvider(connectionProviders.getIfAvailable(() ->
                                        new UnitOfWorkAwareConnectionProviderWrapper(
                                                new SpringDataSourceConnectionProvider(dataSource))))
                                .transactionManager(transactionManagers.getObject())
                                .genericSerializer(config.serializer())
                                .eventSerializer(config.eventSerializer())
                                .maxSequences(properties.maxSequences())
                                .maxSequenceSize(properties.maxSequenceSize())
                                .claimDuration(properties.claimDuration())
                                .build();
        return new DeadLetterQueueProviderConfigurerModule(axonProcessors, queues) {

            @Override
            public void configureModule(Configurer configurer) {
                EventProcessingConfigurer processing = configurer.eventProcessing();
                processing.registerDeadLetterQueueProvider(group -> {
                    Function<Configuration, SequencedDeadLetterQueue<EventMessage<?>>> queue = queues.apply(group);
                    if (queue != null && properties.sequenceCacheSize() > 0) {
                        // Axon asks for a group's queue before it reads the group's invoker configuration
                        processing.registerDeadLetteringEventHandlerInvokerConfiguration(group,
                                (config, invoker) -> invoker.enableSequenceIdentifierCache()
                                        .sequenceIdentifierCacheSize(properties.sequenceCacheSize()));
                    }
                    return queue;
                }).registerDefaultDeadLetterPolicy(config -> countingAttempts());
            }
        };
    }

    /** Axon's default decision (enqueue, the cause truncated), plus how many times the letter has failed. */
    static EnqueuePolicy<EventMessage<?>> countingAttempts() {
        return (letter, cause) -> Decisions.enqueue(ThrowableCause.truncated(cause),
                failed -> failed.diagnostics().and(ATTEMPTS, attempts(failed.diagnostics().get(ATTEMPTS)) + 1));
    }

    private static int attempts(Object value) {
        return value instanceof Number number ? number.intValue() : 0;
    }

    @Bean
    ProcessorDeadLetters pmoProcessorDeadLetters(EventProcessingConfiguration processing, DataSource dataSource,
            ProcessorDeadLetterProperties properties) {
        return new ProcessorDeadLetters(processing, new JdbcTemplate(dataSource), properties.retryMaxSequences());
    }

    /** Parked aggregates retried on their own once their back-off has passed (off with an interval of 0). */
    @Bean
    ProcessorDeadLetterRetrier pmoProcessorDeadLetterRetrier(ProcessorDeadLetters deadLetters,
            ProcessorDeadLetterProperties properties) {
        return new ProcessorDeadLetterRetrier(deadLetters, properties.autoRetryInterval(), java.time.Clock.systemUTC());
    }

    @Bean
    @ConditionalOnBean(MeterRegistry.class)
    ProcessorDeadLetterMetrics pmoProcessorDeadLetterMetrics(ProcessorDeadLetters deadLetters, MeterRegistry meters) {
        return new ProcessorDeadLetterMetrics(deadLetters, meters);
    }

    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class Web {

        @Bean
        ProcessorDeadLetterAdminController pmoProcessorDeadLetterAdminController(ProcessorDeadLetters deadLetters) {
            return new ProcessorDeadLetterAdminController(deadLetters);
        }
    }
}
