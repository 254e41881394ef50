package io.pmo.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;

import io.pmo.platform.consumer.ReactionMetadata;
import io.pmo.platform.consumer.ReceivedEvent;
import io.pmo.platform.messaging.PmoMetadata;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * {@link ProcessedCommands} on a real PostgreSQL, migrated by the platform's own Flyway scripts, behind a
 * command bus that runs each command in a Spring transaction as the services do. The handler writes a row in
 * the same transaction, standing in for the events an aggregate appends.
 */
class ProcessedCommandsTests {

    private static EmbeddedPostgres postgres;

    /** One instance: zonky answers a new DataSource per call, and Spring binds transactions per instance. */
    private static DataSource dataSource;

    private static JdbcTemplate jdbc;

    private SimpleCommandBus bus;

    private DefaultCommandGateway gateway;

    private final AtomicInteger handled = new AtomicInteger();

    private final AtomicBoolean failNext = new AtomicBoolean();

    private final CountDownLatch insideHandler = new CountDownLatch(1);

    private final CountDownLatch releaseHandler = new CountDownLatch(1);

    private final AtomicBoolean holdHandler = new AtomicBoolean();

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        dataSource = postgres.getPostgresDatabase();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/pmo-axon").load()
                .migrate();
        jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("CREATE TABLE appended (command_id VARCHAR(255), payload VARCHAR(255))");
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    @BeforeEach
    void commandBus() {
        jdbc.update("DELETE FROM appended");
        jdbc.update("DELETE FROM pmo_processed_command");
        bus = SimpleCommandBus.builder()
                .transactionManager(new SpringTransactionManager(new JdbcTransactionManager(dataSource)))
                .build();
        bus.registerHandlerInterceptor(new ProcessedCommands(jdbc,
                Clock.fixed(Instant.parse("2027-01-04T09:00:00Z"), ZoneOffset.UTC)));
        bus.subscribe(String.class.getName(), message -> {
            if (holdHandler.get()) {
                insideHandler.countDown();
                releaseHandler.await(10, TimeUnit.SECONDS);
            }
            jdbc.update("INSERT INTO appended VALUES (?, ?)", message.getMetaData().get(PmoMetadata.COMMAND_ID),
                    message.getPayload());
            if (failNext.getAndSet(false)) {
                throw new IllegalStateException("the store is down");
            }
            return handled.incrementAndGet();
        });
        gateway = DefaultCommandGateway.builder().commandBus(bus).build();
    }

    @Test
    void runsACommandWithAnIdOnceAndAnswersNullForTheRedelivery() {
        Object first = gateway.sendAndWait(command("approve", "reaction-1"));
        Object second = gateway.sendAndWait(command("approve", "reaction-1"));

        assertThat(first).isEqualTo(1);
        assertThat(second).isNull();
        assertThat(handled).hasValue(1);
        assertThat(jdbc.queryForList("SELECT payload FROM appended", String.class)).containsExactly("approve");
        assertThat(jdbc.queryForMap("SELECT command_name, processed_at FROM pmo_processed_command WHERE command_id = ?",
                "reaction-1")).containsEntry("command_name", String.class.getName());
    }

    @Test
    void runsCommandsWithoutAnIdEveryTime() {
        gateway.sendAndWait(GenericCommandMessage.asCommandMessage("rename"));
        gateway.sendAndWait(GenericCommandMessage.asCommandMessage("rename"));

        assertThat(handled).hasValue(2);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM pmo_processed_command", Long.class)).isZero();
    }

    @Test
    void forgetsTheIdWhenTheHandlerFailsSoThatTheRetryRuns() {
        failNext.set(true);
        assertThatThrownBy(() -> gateway.sendAndWait(command("approve", "reaction-2")))
                .hasMessageContaining("the store is down");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM pmo_processed_command", Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM appended", Long.class)).isZero();

        assertThat(gateway.<Object>sendAndWait(command("approve", "reaction-2"))).isEqualTo(1);
        assertThat(jdbc.queryForList("SELECT command_id FROM appended", String.class)).containsExactly("reaction-2");
    }

    @Test
    void letsOnlyOneOfTwoConcurrentDuplicatesRun() throws Exception {
        holdHandler.set(true);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Object> first = threads.submit(() -> gateway.sendAndWait(command("approve", "reaction-3")));
            assertThat(insideHandler.await(10, TimeUnit.SECONDS)).isTrue();
            holdHandler.set(false);
            // The duplicate's insert waits on the first one's uncommitted row, then finds it committed.
            Future<Object> second = threads.submit(() -> gateway.sendAndWait(command("approve", "reaction-3")));
            releaseHandler.countDown();

            assertThat(List.of(first.get(10, TimeUnit.SECONDS), String.valueOf(second.get(10, TimeUnit.SECONDS))))
                    .containsExactly(1, "null");
        }
        finally {
            threads.shutdownNow();
        }
        assertThat(handled).hasValue(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM appended", Long.class)).isOne();
    }

    /**
     * The whole reaction path of the platform: a foreign event received twice (a redelivery) becomes the same
     * local command with the same id, by {@link ReactionMetadata}; the second one changes nothing.
     */
    @Test
    void aReactionToARedeliveredEventRunsOnce() {
        ReceivedEvent<String> received = new ReceivedEvent<>("project-reactions", "ce-42",
                "io.pmo.portfolio.FundingApproved.v1", "/pmo/portfolio-service", "acme", "user-1", "corr-1", "cause-1",
                "portfolio-1", 3, Instant.parse("2027-01-04T09:00:00Z"), null, "funding approved");
        CommandMessage<String> reaction = GenericCommandMessage.<String>asCommandMessage("approve")
                .withMetaData(ReactionMetadata.of(received, String.class));
        CommandMessage<String> redelivered = GenericCommandMessage.<String>asCommandMessage("approve")
                .withMetaData(ReactionMetadata.of(received, String.class));

        assertThat(gateway.<Object>sendAndWait(reaction)).isEqualTo(1);
        assertThat(gateway.<Object>sendAndWait(redelivered)).isNull();

        assertThat(handled).hasValue(1);
        assertThat(jdbc.queryForList("SELECT command_id FROM appended", String.class))
                .containsExactly(ReactionMetadata.commandId("ce-42", String.class));
    }

    private static CommandMessage<String> command(String payload, String commandId) {
        return GenericCommandMessage.<String>asCommandMessage(payload)
                .withMetaData(MetaData.from(Map.of(PmoMetadata.COMMAND_ID, commandId)));
    }
}
