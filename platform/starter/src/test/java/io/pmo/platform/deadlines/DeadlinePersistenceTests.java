package io.pmo.platform.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import io.pmo.platform.StarterTestContexts;
import io.pmo.platform.deadlines.Reminder.CancelReminder;
import io.pmo.platform.deadlines.Reminder.ReminderFired;
import io.pmo.platform.deadlines.Reminder.SetReminder;
import io.pmo.platform.messaging.PmoMetadata;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The platform's persistent deadlines as a service runs them: Spring Boot with the starter's auto-configuration,
 * Axon's JDBC event store and db-scheduler's {@code scheduled_tasks} on a real PostgreSQL migrated by the starter's
 * Flyway scripts, and an aggregate ({@link Reminder}) that schedules deadlines and handles them. The scheduler runs
 * one deadline at a time ({@code pmo.deadlines.threads=1}), in the order they are due.
 */
class DeadlinePersistenceTests {

    private static final String TENANT = "tenant-deadlines";

    private static EmbeddedPostgres postgres;

    private static ConfigurableApplicationContext service;

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(Reminder.class)
    static class Service {
    }

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        new JdbcTemplate(postgres.getPostgresDatabase()).execute("CREATE DATABASE restart");
        service = service("postgres", Duration.ofMillis(200));
    }

    @AfterAll
    static void stop() throws Exception {
        if (service != null) {
            service.close();
        }
        postgres.close();
    }

    @Test
    void aDeadlineAnAggregateSchedulesFiresOnceInAUnitOfWorkWithTheTenantOfTheCommandThatScheduledIt() {
        String reminder = "reminder-" + UUID.randomUUID();

        set(service, reminder, "follow-up", Duration.ofSeconds(1), "call the sponsor");

        await().atMost(Duration.ofSeconds(30)).until(() -> !fired(service, reminder).isEmpty());
        await().atMost(Duration.ofSeconds(30)).until(() -> pending(service, reminder) == 0);
        List<DomainEventMessage<?>> fired = fired(service, reminder);
        assertThat(fired).hasSize(1);
        assertThat(fired.get(0).getPayload()).isEqualTo(new ReminderFired(reminder, "call the sponsor", TENANT));
        assertThat(fired.get(0).getMetaData()).containsEntry(PmoMetadata.TENANT_ID, TENANT)
                .containsEntry(PmoMetadata.CORRELATION_ID, "corr-" + reminder);
        assertThat(Reminder.HANDLED_IN_TRANSACTION).containsEntry(reminder, true);
        assertThat(Reminder.HANDLED_ON.get(reminder)).startsWith("pmo-deadlines-deadline-tests-");
    }

    @Test
    void aDeadlineScheduledBeforeARestartFiresAfterIt() {
        String reminder = "reminder-" + UUID.randomUUID();
        // this instance polls once, when it starts, so the deadline cannot fire before it stops
        try (ConfigurableApplicationContext before = service("restart", Duration.ofHours(1))) {
            set(before, reminder, "follow-up", Duration.ofSeconds(1), "after the restart");
        }
        JdbcTemplate restartDatabase = new JdbcTemplate(postgres.getDatabase("postgres", "restart"));
        assertThat(restartDatabase.queryForObject("SELECT count(*) FROM scheduled_tasks WHERE task_name = "
                + "'AxonDeadline' AND convert_from(task_data, 'UTF8') LIKE ?", Long.class, "%" + reminder + "%"))
                .isOne();

        try (ConfigurableApplicationContext after = service("restart", Duration.ofMillis(200))) {
            await().atMost(Duration.ofSeconds(30)).until(() -> !fired(after, reminder).isEmpty());
            assertThat(fired(after, reminder)).singleElement().extracting(DomainEventMessage::getPayload)
                    .isEqualTo(new ReminderFired(reminder, "after the restart", TENANT));
            await().atMost(Duration.ofSeconds(30)).until(() -> pending(after, reminder) == 0);
        }
    }

    @Test
    void aCancelledDeadlineNeverFires() {
        String byId = "reminder-" + UUID.randomUUID();
        String byName = "reminder-" + UUID.randomUUID();
        String control = "reminder-" + UUID.randomUUID();
        String chaser = "chaser-" + UUID.randomUUID();

        set(service, byId, "follow-up", Duration.ofSeconds(1), "cancelled by its id");
        service.getBean(CommandGateway.class).sendAndWait(GenericCommandMessage.asCommandMessage(
                new CancelReminder(byId)).withMetaData(metadata(byId).toMetaData()));
        set(service, byName, chaser, Duration.ofSeconds(1), "cancelled with all of its name");
        service.getBean(DeadlineManager.class).cancelAll(chaser);
        set(service, control, "follow-up", Duration.ofSeconds(2), "due after the cancelled ones");

        assertThat(pending(service, byId)).isZero();
        assertThat(pending(service, byName)).isZero();
        await().atMost(Duration.ofSeconds(30)).until(() -> !fired(service, control).isEmpty());
        assertThat(fired(service, byId)).isEmpty();
        assertThat(fired(service, byName)).isEmpty();
    }

    /**
     * The second create of the same reminder schedules its deadline, then fails to append its event (the stream
     * exists): the deadline's row was written in the command's transaction and goes with it.
     */
    @Test
    void aCommandThatRollsBackLeavesNoDeadline() {
        String reminder = "reminder-" + UUID.randomUUID();
        set(service, reminder, "follow-up", Duration.ofDays(1), "the first one");

        assertThatThrownBy(() -> set(service, reminder, "follow-up", Duration.ofDays(1), "the rolled back one"))
                .isInstanceOf(AggregateStreamCreationException.class);

        assertThat(pending(service, reminder)).isOne();
        assertThat(jdbc(service).queryForObject("SELECT count(*) FROM scheduled_tasks WHERE convert_from(task_data, "
                + "'UTF8') LIKE ?", Long.class, "%the rolled back one%")).isZero();
        service.getBean(DeadlineManager.class).cancelAll("follow-up");
    }

    @Test
    void anOperatorCanReadAPendingDeadlineInTheTable() {
        String reminder = "reminder-" + UUID.randomUUID();

        set(service, reminder, "escalation", Duration.ofDays(3), "HIGH risk without a response");

        String json = jdbc(service).queryForObject("SELECT convert_from(task_data, 'UTF8') FROM scheduled_tasks "
                + "WHERE task_name = 'AxonDeadline' AND convert_from(task_data, 'UTF8') LIKE ?", String.class,
                "%" + reminder + "%");
        assertThat(json).contains("\"deadlineName\":\"escalation\"", "HIGH risk without a response", TENANT,
                Reminder.ReminderDue.class.getName());
        service.getBean(DeadlineManager.class).cancelAll("escalation");
        assertThat(pending(service, reminder)).isZero();
    }

    private static ConfigurableApplicationContext service(String database, Duration pollingInterval) {
        return new SpringApplicationBuilder(Service.class).web(WebApplicationType.NONE).properties(
                "spring.application.name=deadline-tests",
                "spring.datasource.url=" + postgres.getJdbcUrl("postgres", database),
                "spring.datasource.username=postgres",
                StarterTestContexts.WITHOUT_MONGO_AND_KAFKA,
                "pmo.events.publish=false",
                "pmo.deadlines.threads=1",
                "pmo.deadlines.polling-interval=" + pollingInterval.toMillis() + "ms").run();
    }

    private static void set(ConfigurableApplicationContext context, String reminder, String deadlineName,
            Duration delay, String note) {
        context.getBean(CommandGateway.class).sendAndWait(GenericCommandMessage.asCommandMessage(
                new SetReminder(reminder, deadlineName, delay, note)).withMetaData(metadata(reminder).toMetaData()));
    }

    private static PmoMetadata metadata(String reminder) {
        return new PmoMetadata(TENANT, "user-1", "corr-" + reminder, null);
    }

    private static List<DomainEventMessage<?>> fired(ConfigurableApplicationContext context, String reminder) {
        return context.getBean(EventStore.class).readEvents(reminder).asStream()
                .filter(event -> event.getPayload() instanceof ReminderFired)
                .<DomainEventMessage<?>>map(event -> event).toList();
    }

    /** Deadlines of the reminder still in db-scheduler's table. */
    private static long pending(ConfigurableApplicationContext context, String reminder) {
        return jdbc(context).queryForObject("SELECT count(*) FROM scheduled_tasks WHERE convert_from(task_data, "
                + "'UTF8') LIKE ?", Long.class, "%" + reminder + "%");
    }

    private static JdbcTemplate jdbc(ConfigurableApplicationContext context) {
        return new JdbcTemplate(context.getBean(javax.sql.DataSource.class));
    }
}
