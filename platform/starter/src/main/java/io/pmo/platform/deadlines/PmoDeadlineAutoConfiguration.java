package io.pmo.platform.deadlines;

import java.util.List;
import java.util.concurrent.Executors;

import javax.sql.DataSource;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.DeadlineManagerSpanFactory;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.deadline.DefaultDeadlineManagerSpanFactory;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerHumanReadableDeadlineDetails;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.axonframework.serialization.Serializer;
import org.axonframework.tracing.NoOpSpanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

import com.github.kagkarlsson.scheduler.ExecutorUtils;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.serializer.JacksonSerializer;
import com.github.kagkarlsson.scheduler.task.Task;

/**
 * Axon deadlines that survive a restart and fire on exactly one instance (STACK.md pitfall 11): Axon's
 * {@link DbSchedulerDeadlineManager} on db-scheduler, in the service's own PostgreSQL database (table
 * {@code scheduled_tasks}, Flyway V4). Every service with a DataSource gets it as Axon's {@link DeadlineManager};
 * an aggregate takes it as a handler parameter and handles the deadline with {@code @DeadlineHandler}.
 * <ul>
 * <li>A deadline is stored when the unit of work that scheduled it commits, in the same database transaction
 * (db-scheduler writes through a {@link TransactionAwareDataSourceProxy}), so a rolled-back command leaves none;
 * the same holds for cancelling.</li>
 * <li>A due deadline is picked by one instance (db-scheduler locks its row), handled in a unit of work with Axon's
 * transaction manager, and deleted once its handler's transaction has committed. If the instance dies in between,
 * another runs it again after missed heartbeats: at least once, so handlers check state like any command handler.
 * A handler that throws is retried by db-scheduler five minutes later.</li>
 * <li>The deadline is stored as JSON ("human readable" task data, Axon's general serializer for payload and
 * metadata), so {@code convert_from(task_data, 'UTF8')} shows an operator what is pending. Its metadata is the
 * correlation data of the message that scheduled it (tenant, principal, correlation id); the platform's correlation
 * data providers carry it on to the events the deadline handler applies.</li>
 * <li>db-scheduler's Spring Boot starter 16.x is built for Boot 3 (it orders itself after Boot 3's DataSource
 * configuration and uses Boot 3's actuator types), so the scheduler is built here from the DataSource, with a name
 * and thread prefix of the service's own: the dev stack runs several services in one JVM.</li>
 * </ul>
 * A service opts out with {@code pmo.deadlines.enabled=false} (Axon's in-memory manager then) or by declaring a
 * {@link DeadlineManager} bean of its own.
 */
@AutoConfiguration(afterName = { "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
        "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration" },
        beforeName = { "org.axonframework.springboot.autoconfig.AxonAutoConfiguration",
                "org.axonframework.springboot.autoconfig.AxonDbSchedulerAutoConfiguration",
                "org.axonframework.springboot.autoconfig.AxonJobRunrAutoConfiguration" })
@ConditionalOnClass(name = { "org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager",
        "com.github.kagkarlsson.scheduler.Scheduler", "org.axonframework.config.Configuration" })
@ConditionalOnBean(DataSource.class)
@ConditionalOnMissingBean(DeadlineManager.class)
@ConditionalOnProperty(prefix = "pmo.deadlines", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(DeadlineProperties.class)
public class PmoDeadlineAutoConfiguration {

    /** db-scheduler's table, created by the starter's Flyway migration V4. */
    public static final String TABLE = "scheduled_tasks";

    /**
     * The task that runs a due deadline: Axon's human-readable one, handing it to the deadline manager, which is
     * looked up when the first deadline runs (the manager needs the scheduler, the scheduler this task).
     */
    @Bean
    @Qualifier("deadlineDetailsTask")
    Task<DbSchedulerHumanReadableDeadlineDetails> pmoDeadlineTask(ObjectProvider<DbSchedulerDeadlineManager> managers) {
        return DbSchedulerDeadlineManager.humanReadableTask(managers::getObject);
    }

    @Bean
    DeadlineScheduler pmoDeadlineScheduler(DataSource dataSource, DeadlineProperties properties,
            @Qualifier("deadlineDetailsTask") Task<DbSchedulerHumanReadableDeadlineDetails> task,
            @Value("${spring.application.name:pmo}") String application) {
        String threads = "pmo-deadlines-" + application + "-";
        Scheduler scheduler = Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), List.of(task))
                .tableName(TABLE)
                .schedulerName(new SchedulerName.Fixed(properties.schedulerName() != null ? properties.schedulerName()
                        : application + "@" + new SchedulerName.Hostname().getName()))
                .pollingInterval(properties.pollingInterval())
                .threads(properties.threads())
                .executorService(Executors.newFixedThreadPool(properties.threads(),
                        ExecutorUtils.defaultThreadFactoryWithPrefix(threads)))
                .dueExecutor(Executors.newSingleThreadExecutor(
                        ExecutorUtils.defaultThreadFactoryWithPrefix(threads + "due-")))
                .housekeeperExecutor(Executors.newScheduledThreadPool(3,
                        ExecutorUtils.defaultThreadFactoryWithPrefix(threads + "housekeeper-")))
                .serializer(new JacksonSerializer())
                .shutdownMaxWait(properties.shutdownMaxWait())
                .build();
        return new DeadlineScheduler(scheduler);
    }

    /**
     * Axon's deadline manager on that scheduler. The scheduler's lifecycle is the {@link DeadlineScheduler}'s, not
     * the manager's, so that it runs whether or not anything asked Axon's configuration for the manager yet: a
     * deadline scheduled before a restart fires after it.
     */
    @Bean
    DbSchedulerDeadlineManager deadlineManager(DeadlineScheduler scheduler, Configuration configuration,
            Serializer serializer, TransactionManager transactionManager,
            ObjectProvider<DeadlineManagerSpanFactory> spanFactories) {
        DbSchedulerDeadlineManager manager = DbSchedulerDeadlineManager.builder()
                .scheduler(scheduler.scheduler())
                .scopeAwareProvider(new ConfigurationScopeAwareProvider(configuration))
                .serializer(serializer)
                .transactionManager(transactionManager)
                .spanFactory(spanFactories.getIfAvailable(() -> DefaultDeadlineManagerSpanFactory.builder()
                        .spanFactory(NoOpSpanFactory.INSTANCE).build()))
                .useBinaryPojo(false)
                .startScheduler(false)
                .stopScheduler(false)
                .build();
        manager.registerHandlerInterceptor(correlationData(configuration));
        return manager;
    }

    /**
     * Axon registers the correlation data providers on its buses and processors but not on deadline managers; this
     * does, so what a deadline handler applies carries the tenant and correlation id of the deadline's metadata.
     */
    private static MessageHandlerInterceptor<DeadlineMessage<?>> correlationData(Configuration configuration) {
        return (unitOfWork, chain) -> new CorrelationDataInterceptor<DeadlineMessage<?>>(
                configuration.correlationDataProviders()).handle(unitOfWork, chain);
    }
}
