package io.pmo.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.pmo.events.common.CloudEvent;
import io.pmo.platform.kafka.KafkaEventPublisher;

/**
 * The fault suite (issue 15): a read-model store that refuses writes, a service restarted while another instance's
 * claims on its publisher are still fresh, and a Kafka broker stopped and restarted in the middle of a burst. Each
 * ends with the same check: every event stored meanwhile reached the topic and was applied by reporting-service's
 * consumer exactly once.
 *
 * <p>These faults stop the broker and services, so they run on a stack of their own rather than the shared
 * {@link TestStack}, one stack for the three tests (the broker's, the most disruptive, runs last). Its
 * reporting-service retries a failing record every 200 ms at first (1 s by default) and its project-service gives a
 * batch of sends 3 s (30 s by default) before the publisher retries it, so that the faults play out in seconds.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Order(2)
class FaultSuiteIT {

    private static final String PROJECT_TOPIC = "pmo.project.events";

    /** reporting-service's consumer group: audit trail first, then the project report, on every topic. */
    private static final String REPORTING_GROUP = "reporting-service";

    /** Axon's default claim timeout of a token (pooled and tracking processors alike). */
    private static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(10);

    private static DevStack stack;

    private static Api api;

    @BeforeAll
    static void startOwnStack() throws Exception {
        stack = DevStack.builder()
                .dataDirectory(Files.createTempDirectory("pmo-faults-"))
                .ports(DevStack.Ports.free())
                .customize(DevStack.PROJECT, project -> {
                    FaultyKafkaTemplate.install(project);
                    project.properties("pmo.events.send-timeout=3s");
                })
                .customize(DevStack.REPORTING, reporting -> reporting.properties("pmo.consumer.retry-interval=200ms"))
                .start();
        api = Api.at(stack.gatewayUrl(), stack.issuerUrl(), "acme", "project_manager");
    }

    @AfterAll
    static void stopOwnStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @AfterEach
    void endFaults() {
        FaultyKafkaTemplate.FAILING.set(false);
        stack.mongoServer().healWrites();
    }

    @Test
    @Order(1)
    void aRecordWhoseReadModelWriteFailsHoldsItsOffsetUntilTheWriteSucceedsThenIsAppliedOnce() throws Exception {
        Quiescence.await(stack);
        Tally before = Tally.now();
        MongoWireServer mongo = stack.mongoServer();
        long refusedBefore = mongo.refusedWrites();
        mongo.failWrites("pmo_reporting", "audit_entries");

        String projectId = api.createProject("Mongo outage " + UUID.randomUUID());
        await("the consumer retrying the refused audit write (3 attempts)").atMost(Duration.ofSeconds(30))
                .until(() -> mongo.refusedWrites() >= refusedBefore + 3);
        ConsumerRecord<String, byte[]> created = new TopicProbe(stack.kafkaBootstrapServers()).readAll(PROJECT_TOPIC)
                .stream().filter(r -> projectId.equals(r.key())).findFirst().orElseThrow();
        TopicPartition partition = new TopicPartition(PROJECT_TOPIC, created.partition());
        // three attempts failed: the group has not committed past the record, and nothing of it was applied
        assertThat(committedOffset(REPORTING_GROUP, partition)).as("offset committed while the write fails")
                .isLessThanOrEqualTo(created.offset());
        try (ReadModelProbe reporting = ReadModelProbe.reporting(stack)) {
            assertThat(reporting.find("audit_entries", new Document("aggregateId", projectId))).isEmpty();
        }

        mongo.healWrites();
        await("the offset committed past the record once the write succeeds").atMost(Duration.ofSeconds(60))
                .until(() -> committedOffset(REPORTING_GROUP, partition) > created.offset());
        Quiescence.await(stack);
        assertAppliedOnce(List.of(projectId), before);
    }

    @Test
    @Order(2)
    void aServiceRestartedWithinTheClaimTimeoutOfItsDeadInstancePublishesEveryPendingEvent() throws Exception {
        Quiescence.await(stack);
        Tally before = Tally.now();
        int failedBefore = FaultyKafkaTemplate.FAILED_SENDS.get();
        FaultyKafkaTemplate.FAILING.set(true);
        List<String> projects = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String projectId = api.createProject("Restart " + i + " " + UUID.randomUUID());
            api.put("/api/v1/projects/" + projectId + "/name", "{\"name\":\"Restart renamed " + i + "\"}").ok();
            projects.add(projectId);
        }
        // the publisher holds its segments and keeps failing on the pending events
        await("the publisher failing on the pending events").atMost(Duration.ofSeconds(30))
                .until(() -> FaultyKafkaTemplate.FAILED_SENDS.get() > failedBefore);

        stack.stopService(DevStack.PROJECT);
        // as if the instance had died holding its claims: fresh claims of an owner that will never come back
        Instant claimedAt = Instant.now();
        claimPublisherSegments("dead-instance@elsewhere", claimedAt);
        FaultyKafkaTemplate.FAILING.set(false);
        stack.startService(DevStack.PROJECT);
        Duration restartedAfter = Duration.between(claimedAt, Instant.now());
        assertThat(publisherOwners()).as("claims when the new instance was up, %s after the last one", restartedAfter)
                .containsOnly("dead-instance@elsewhere");

        Quiescence.await(stack);
        Duration publishedAfter = Duration.between(claimedAt, Instant.now());
        assertThat(publisherOwners()).as("the new instance took over every segment").doesNotContain(
                "dead-instance@elsewhere");
        assertThat(publishedAfter).as("published once the dead instance's claims expired")
                .isGreaterThanOrEqualTo(CLAIM_TIMEOUT);
        assertAppliedOnce(projects, before);
        System.out.printf("restart test: up again %d ms after the dead instance's claims, caught up after %d ms%n",
                restartedAfter.toMillis(), publishedAfter.toMillis());
    }

    @Test
    @Order(3)
    void aBrokerStoppedAndRestartedMidBurstLosesNoCommandAndEveryStoredEventIsAppliedOnce() throws Exception {
        Quiescence.await(stack);
        Tally before = Tally.now();
        List<String> projects = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            projects.add(api.createProject("Burst " + i + " " + UUID.randomUUID()));
        }
        AtomicInteger renames = new AtomicInteger();
        ConcurrentLinkedQueue<String> refused = new ConcurrentLinkedQueue<>();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            renameConcurrently(clients, projects, 70, renames, refused);
            stack.kafkaBroker().stop();
            int resendsBefore = FaultyKafkaTemplate.RESENDS.get();
            renameConcurrently(clients, projects, 70, renames, refused);
            // down until the publisher, its batch unacknowledged after the 3 s send timeout, sends it again
            await("the publisher sending an unacknowledged batch again").atMost(Duration.ofSeconds(60))
                    .until(() -> FaultyKafkaTemplate.RESENDS.get() > resendsBefore);
            stack.kafkaBroker().restart();
            // whether the publisher's retry duplicated anything depends on where the outage cut; these certainly are
            // duplicates: 25 records of the burst sent again, interleaved with the last renames
            TopicProbe topic = new TopicProbe(stack.kafkaBootstrapServers());
            List<ConsumerRecord<String, byte[]>> sentAgain = topic.readAll(PROJECT_TOPIC).stream()
                    .filter(r -> projects.contains(r.key())).limit(25).toList();
            assertThat(sentAgain).hasSize(25);
            var resent = clients.submit(() -> {
                topic.resend(sentAgain);
                return null;
            });
            renameConcurrently(clients, projects, 60, renames, refused);
            resent.get(60, TimeUnit.SECONDS);
        }
        finally {
            clients.shutdownNow();
        }
        assertThat(refused).as("commands refused around the broker outage").isEmpty();
        assertThat(renames).hasValue(200);

        Quiescence.await(stack);
        assertAppliedOnce(projects, before);
        assertThat(Tally.now().duplicates - before.duplicates).as("duplicates the consumer skipped")
                .isGreaterThanOrEqualTo(25);
    }

    /** Sends {@code count} renames over the projects on the clients' threads and waits for all answers (bounded). */
    private static void renameConcurrently(ExecutorService clients, List<String> projects, int count,
            AtomicInteger renames, Collection<String> refused) throws InterruptedException {
        var answers = clients.invokeAll(IntStream.range(0, count).mapToObj(i -> (java.util.concurrent.Callable<Void>) () -> {
            int n = renames.incrementAndGet();
            String projectId = projects.get(n % projects.size());
            Api.Response response = api.put("/api/v1/projects/" + projectId + "/name",
                    "{\"name\":\"Burst rename " + n + "\"}");
            if (response.status() != 200) {
                refused.add(projectId + ": " + response.status() + " " + response.body());
            }
            return null;
        }).toList(), 60, TimeUnit.SECONDS);
        assertThat(answers).allMatch(answer -> answer.isDone() && !answer.isCancelled());
    }

    /**
     * The exactly-once check of every fault: the projects' stored events are all on the topic (at least once: a
     * retried batch may send an event again, CONVENTIONS.md), each is in the audit trail once, each project's report
     * row stands at its last stored sequence, and reporting-service's consumer applied as many events as were stored
     * in every store since {@code before} (a duplicate that got past the dedupe would count twice).
     */
    private static void assertAppliedOnce(List<String> projects, Tally before) throws Exception {
        StoreProbe store = StoreProbe.project(stack);
        Set<String> stored = new HashSet<>();
        Map<String, Long> lastStored = new TreeMap<>();
        for (String projectId : projects) {
            for (StoreProbe.StoredEvent event : store.events(projectId)) {
                stored.add(projectId + "#" + event.sequence());
                lastStored.merge(projectId, event.sequence(), Math::max);
            }
        }
        List<String> published = new TopicProbe(stack.kafkaBootstrapServers()).readAll(PROJECT_TOPIC).stream()
                .filter(r -> projects.contains(r.key()))
                .map(r -> r.key() + "#" + CloudEvent.parse(r.value()).aggregatesequence()).toList();
        assertThat(new HashSet<>(published)).as("stored events on the topic").isEqualTo(stored);

        try (ReadModelProbe reporting = ReadModelProbe.reporting(stack)) {
            List<String> audited = reporting.find("audit_entries", new Document("aggregateId",
                    new Document("$in", projects))).stream()
                    .map(d -> d.getString("aggregateId") + "#" + ((Number) d.get("aggregateSequence")).longValue())
                    .toList();
            assertThat(audited).as("audit entries").doesNotHaveDuplicates();
            assertThat(new HashSet<>(audited)).as("audited events").isEqualTo(stored);
            Map<String, Long> reported = new TreeMap<>();
            for (String projectId : projects) {
                Document row = reporting.byId("report_projects", projectId);
                reported.put(projectId, row == null ? null : ((Number) row.get("lastSequence")).longValue());
            }
            assertThat(reported).as("report rows' last sequences").isEqualTo(lastStored);
        }
        Tally after = Tally.now();
        assertThat(after.applied - before.applied).as("events applied by %s (%d duplicates on the topic)",
                REPORTING_GROUP, published.size() - stored.size()).isEqualTo(after.stored - before.stored);
        System.out.printf("fault check: %d events stored, %d on the topic, %d applied%n", stored.size(),
                published.size(), after.applied - before.applied);
    }

    /** Events stored in every publishing service's store, and events reporting-service's consumer applied. */
    private record Tally(long stored, long applied, long duplicates) {

        static Tally now() {
            long stored = DevStack.DATABASES.stream().filter(db -> !db.equals("pmo_reporting"))
                    .mapToLong(db -> new StoreProbe(stack.jdbcUrl(db)).count()).sum();
            return new Tally(stored, consumed("applied"), consumed("skipped_duplicate"));
        }

        private static long consumed(String outcome) {
            Counter counter = stack.context(DevStack.REPORTING).getBean(MeterRegistry.class)
                    .find("pmo.consumer.records").tags("group", REPORTING_GROUP, "outcome", outcome).counter();
            return counter == null ? 0 : (long) counter.count();
        }
    }

    private static long committedOffset(String group, TopicPartition partition) throws Exception {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
        try (Admin admin = Admin.create(props)) {
            OffsetAndMetadata offset = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
                    .get(10, TimeUnit.SECONDS).get(partition);
            return offset == null ? -1 : offset.offset();
        }
    }

    /** Claims every segment of project-service's publisher for {@code owner}, as its last heartbeat at {@code at}. */
    private static void claimPublisherSegments(String owner, Instant at) throws SQLException {
        try (Connection c = connectProjectStore(); PreparedStatement s = c.prepareStatement(
                "UPDATE TokenEntry SET owner = ?, timestamp = ? WHERE processorName = ?")) {
            s.setString(1, owner);
            s.setString(2, at.toString());
            s.setString(3, KafkaEventPublisher.PROCESSING_GROUP);
            assertThat(s.executeUpdate()).as("publisher segments").isPositive();
        }
    }

    private static List<String> publisherOwners() throws SQLException {
        try (Connection c = connectProjectStore(); PreparedStatement s = c.prepareStatement(
                "SELECT coalesce(owner, '') FROM TokenEntry WHERE processorName = ?")) {
            s.setString(1, KafkaEventPublisher.PROCESSING_GROUP);
            List<String> owners = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    owners.add(rs.getString(1));
                }
            }
            return owners;
        }
    }

    private static Connection connectProjectStore() throws SQLException {
        return DriverManager.getConnection(stack.jdbcUrl("pmo_project"), "postgres", "postgres");
    }
}
