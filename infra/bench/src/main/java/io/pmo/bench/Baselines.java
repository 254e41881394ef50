package io.pmo.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.LongDeserializer;
import org.apache.kafka.common.serialization.LongSerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import io.pmo.devstack.Infrastructure;

/**
 * The raw baselines, on the same servers the stack uses, in the same run: what PostgreSQL does with bare inserts of
 * an event-shaped row, what the broker does with a bare produce-and-consume round trip, and how fast a bare consumer
 * reads a whole topic. The platform's figures are reported as ratios to these.
 */
final class Baselines {

    static final String DATABASE = "pmo_bench";

    /** Shaped like Axon's {@code domain_event_entry} (payloads as bytea, the same unique keys). */
    private static final String TABLE = """
            CREATE TABLE IF NOT EXISTS bench_event_entry (
                global_index BIGSERIAL PRIMARY KEY,
                event_identifier VARCHAR(255) NOT NULL UNIQUE,
                aggregate_identifier VARCHAR(255) NOT NULL,
                sequence_number BIGINT NOT NULL,
                type VARCHAR(255),
                time_stamp VARCHAR(255) NOT NULL,
                payload_type VARCHAR(255) NOT NULL,
                payload_revision VARCHAR(255),
                payload BYTEA NOT NULL,
                meta_data BYTEA,
                UNIQUE (aggregate_identifier, sequence_number))""";

    private static final String INSERT = "INSERT INTO bench_event_entry (event_identifier, aggregate_identifier,"
            + " sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** About the size of a progress event and its metadata as the platform stores them. */
    private static final byte[] PAYLOAD = ("{\"projectId\":\"" + UUID.randomUUID() + "\",\"tenantId\":\"acme\","
            + "\"taskId\":\"" + UUID.randomUUID() + "\",\"factId\":\"" + UUID.randomUUID() + "\",\"effectiveDate\":"
            + "\"2027-01-08\",\"percentComplete\":40,\"actualStart\":\"2027-01-04\",\"actualFinish\":null,"
            + "\"checkpointsDone\":[]}").getBytes(StandardCharsets.UTF_8);

    private static final byte[] META_DATA = ("{\"tenantId\":\"acme\",\"principal\":\"dev-acme-project_manager\","
            + "\"correlationId\":\"" + UUID.randomUUID() + "\",\"causationId\":\"" + UUID.randomUUID() + "\","
            + "\"traceId\":\"" + UUID.randomUUID() + "\"}").getBytes(StandardCharsets.UTF_8);

    private static final int AGGREGATES = 2_000;

    private final Infrastructure infrastructure;

    Baselines(Infrastructure infrastructure) {
        this.infrastructure = infrastructure;
    }

    /**
     * Inserts event-shaped rows into a fresh table of the stack's PostgreSQL for {@code duration}, one
     * transaction per row (autocommit, as a command commits its event alone) or {@code batch} rows per
     * transaction; answers rows per second.
     */
    double insertsPerSecond(Duration duration, int batch) throws SQLException {
        createDatabase();
        try (Connection connection = DriverManager.getConnection(infrastructure.jdbcUrl(DATABASE),
                infrastructure.postgresUsername(), infrastructure.postgresPassword())) {
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("DROP TABLE IF EXISTS bench_event_entry");
                ddl.execute(TABLE);
            }
            connection.setAutoCommit(batch <= 1);
            Map<String, Long> sequences = new HashMap<>();
            String[] aggregates = new String[AGGREGATES];
            for (int i = 0; i < AGGREGATES; i++) {
                aggregates[i] = UUID.randomUUID().toString();
            }
            long rows = 0;
            long start = System.nanoTime();
            long end = start + duration.toNanos();
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                while (System.nanoTime() < end) {
                    for (int i = 0; i < Math.max(1, batch); i++) {
                        String aggregate = aggregates[(int) (rows % AGGREGATES)];
                        insert.setString(1, UUID.randomUUID().toString());
                        insert.setString(2, aggregate);
                        insert.setLong(3, sequences.merge(aggregate, 1L, Long::sum) - 1);
                        insert.setString(4, "Project");
                        insert.setString(5, Instant.now().toString());
                        insert.setString(6, "io.pmo.events.project.ProgressReported");
                        insert.setString(7, "1");
                        insert.setBytes(8, PAYLOAD);
                        insert.setBytes(9, META_DATA);
                        rows++;
                        if (batch <= 1) {
                            insert.executeUpdate();
                        }
                        else {
                            insert.addBatch();
                        }
                    }
                    if (batch > 1) {
                        insert.executeBatch();
                        connection.commit();
                    }
                }
            }
            return rows * 1e9 / (System.nanoTime() - start);
        }
    }

    private void createDatabase() throws SQLException {
        try (Connection connection = DriverManager.getConnection(infrastructure.jdbcUrl("postgres"),
                infrastructure.postgresUsername(), infrastructure.postgresPassword());
                Statement statement = connection.createStatement();
                ResultSet exists = statement.executeQuery(
                        "SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
            if (!exists.next()) {
                statement.execute("CREATE DATABASE " + DATABASE);
            }
        }
    }

    /**
     * A bare round trip through the stack's broker: a producer (acks=all, idempotent, no linger) sends
     * {@code messages} records at {@code perSecond} on an open schedule, a consumer polling in its own thread (as
     * a listener container does) receives them; each trip is receipt minus intended send, in microseconds.
     */
    Histogram kafkaRoundTrips(int messages, double perSecond) throws Exception {
        String topic = "pmo.bench.raw-" + UUID.randomUUID();
        String servers = infrastructure.kafkaBootstrapServers();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers))) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
        }
        Histogram trips = new Histogram(TimeUnit.MINUTES.toMicros(1), 3);
        CountDownLatch assigned = new CountDownLatch(1);
        Thread consumerThread = new Thread(() -> {
            try (KafkaConsumer<String, Long> consumer = new KafkaConsumer<>(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers, ConsumerConfig.CLIENT_ID_CONFIG, topic),
                    new StringDeserializer(), new LongDeserializer())) {
                consumer.assign(partitions(consumer, topic));
                consumer.seekToBeginning(consumer.assignment());
                consumer.poll(Duration.ZERO);
                assigned.countDown();
                int received = 0;
                long giveUp = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (received < messages && System.nanoTime() < giveUp) {
                    for (ConsumerRecord<String, Long> record : consumer.poll(Duration.ofMillis(100))) {
                        trips.recordValue(Math.max(0, (System.nanoTime() - record.value()) / 1_000));
                        received++;
                    }
                }
            }
        }, "bench-raw-consumer");
        consumerThread.start();
        assigned.await(30, TimeUnit.SECONDS);
        try (KafkaProducer<String, Long> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true, ProducerConfig.LINGER_MS_CONFIG, 0,
                ProducerConfig.CLIENT_ID_CONFIG, topic + "-producer"), new StringSerializer(), new LongSerializer())) {
            long start = System.nanoTime();
            for (int i = 0; i < messages; i++) {
                long intended = start + OpenLoad.intendedOffset(i, perSecond);
                OpenLoad.Clock.SYSTEM.sleepUntil(intended);
                producer.send(new ProducerRecord<>(topic, "aggregate-" + (i % 100), intended));
            }
            producer.flush();
        }
        consumerThread.join(Duration.ofSeconds(90).toMillis());
        return trips;
    }

    /** The whole topic read from offset 0 by a bare consumer that does nothing with a record. */
    record TopicRead(long records, long nanos) {

        double perSecond() {
            return records * 1e9 / nanos;
        }
    }

    TopicRead readWholeTopic(String topic) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers(),
                ConsumerConfig.CLIENT_ID_CONFIG, "pmo-bench-topic-read"), new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = partitions(consumer, topic);
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long start = System.nanoTime();
            consumer.seekToBeginning(partitions);
            long records = 0;
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                records += consumer.poll(Duration.ofMillis(200)).count();
            }
            return new TopicRead(records, System.nanoTime() - start);
        }
    }

    private static List<TopicPartition> partitions(KafkaConsumer<?, ?> consumer, String topic) {
        return consumer.partitionsFor(topic).stream().map(PartitionInfo::partition)
                .map(partition -> new TopicPartition(topic, partition)).toList();
    }
}
