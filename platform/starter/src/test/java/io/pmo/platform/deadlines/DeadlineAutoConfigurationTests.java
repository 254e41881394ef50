package io.pmo.platform.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.config.Configuration;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.SimpleDeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.eventhandling.scheduling.EventScheduler;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.axonframework.springboot.autoconfig.AxonDbSchedulerAutoConfiguration;
import org.axonframework.springboot.autoconfig.AxonTracingAutoConfiguration;
import org.axonframework.springboot.autoconfig.EventProcessingAutoConfiguration;
import org.axonframework.springboot.autoconfig.InfraConfiguration;
import org.axonframework.springboot.autoconfig.JdbcAutoConfiguration;
import org.axonframework.springboot.autoconfig.NoOpTransactionAutoConfiguration;
import org.axonframework.springboot.autoconfig.ObjectMapperAutoConfiguration;
import org.axonframework.springboot.autoconfig.TransactionAutoConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;

import io.pmo.platform.axon.AxonJdbcOrderingAutoConfiguration;
import io.pmo.platform.axon.PmoAxonAutoConfiguration;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Which deadline manager Axon ends up with: the auto-configurations of a service (Boot's DataSource and Flyway,
 * Axon's, the starter's) in the order they sort themselves into, on a real PostgreSQL.
 */
class DeadlineAutoConfigurationTests {

    private static EmbeddedPostgres postgres;

    private final ApplicationContextRunner service = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                    DataSourceTransactionManagerAutoConfiguration.class, FlywayAutoConfiguration.class,
                    AxonJdbcOrderingAutoConfiguration.class, PmoAxonAutoConfiguration.class,
                    PmoDeadlineAutoConfiguration.class, AxonAutoConfiguration.class, InfraConfiguration.class,
                    EventProcessingAutoConfiguration.class, JdbcAutoConfiguration.class,
                    TransactionAutoConfiguration.class, NoOpTransactionAutoConfiguration.class,
                    ObjectMapperAutoConfiguration.class, AxonTracingAutoConfiguration.class,
                    AxonDbSchedulerAutoConfiguration.class))
            .withPropertyValues("spring.application.name=billing", "axon.axonserver.enabled=false",
                    "axon.serializer.general=jackson", "axon.serializer.events=jackson",
                    "axon.serializer.messages=jackson", "spring.flyway.locations=classpath:db/pmo-axon");

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    @Test
    void aServiceWithADataSourceGetsThePersistentDeadlineManagerAsAxons() {
        service.withPropertyValues(database()).run(context -> {
            assertThat(context).hasNotFailed();
            DeadlineManager manager = context.getBean(DeadlineManager.class);
            assertThat(manager).isInstanceOf(DbSchedulerDeadlineManager.class);
            assertThat(context.getBean(Configuration.class).deadlineManager()).isSameAs(manager);
            assertThat(context.getBean(DeadlineScheduler.class).isRunning()).isTrue();
            assertThat(context.getBean(DeadlineScheduler.class).scheduler().getSchedulerState().isStarted()).isTrue();
            // Axon's own db-scheduler configuration stays off: no binary tasks, no scheduler it would not run
            assertThat(context).doesNotHaveBean(Scheduler.class).doesNotHaveBean(EventScheduler.class);
            assertThat(context.getBeanNamesForType(Task.class)).containsExactly("pmoDeadlineTask");
        });
    }

    @Test
    void aServiceThatOptsOutKeepsAxonsInMemoryManager() {
        service.withPropertyValues(database()).withPropertyValues("pmo.deadlines.enabled=false").run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(DeadlineScheduler.class);
            assertThat(context.getBean(Configuration.class).deadlineManager())
                    .isInstanceOf(SimpleDeadlineManager.class);
        });
    }

    @Test
    void aServiceWithADeadlineManagerOfItsOwnKeepsIt() {
        SimpleDeadlineManager own = SimpleDeadlineManager.builder()
                .scopeAwareProvider(descriptor -> java.util.stream.Stream.empty()).build();
        service.withPropertyValues(database()).withBean(DeadlineManager.class, () -> own).run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(DeadlineScheduler.class);
            assertThat(context.getBean(Configuration.class).deadlineManager()).isSameAs(own);
        });
    }

    @Test
    void withoutADataSourceThereIsNoScheduler() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(PmoDeadlineAutoConfiguration.class))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(DeadlineScheduler.class)
                        .doesNotHaveBean(DeadlineManager.class));
    }

    private static String[] database() {
        return new String[] { "spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "spring.datasource.username=postgres" };
    }
}
