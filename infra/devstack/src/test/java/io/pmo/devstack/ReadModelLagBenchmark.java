package io.pmo.devstack;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.LongDeserializer;
import org.apache.kafka.common.serialization.LongSerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * Event-to-read-model lag under a steady command load (issue 5's benchmark), as a ratio to a raw Kafka
 * produce-and-consume round trip on the same broker in the same run. The lag of an event is the time between
 * its event-store timestamp and the moment reporting-service recorded it in the audit trail (both on the JVM's
 * clock): it covers the publisher reading the store, Kafka, the consumer and the MongoDB write. Not a test
 * (no threshold): run with {@code ./mvnw -B -Pbenchmark -pl infra/devstack -am test}.
 */
class ReadModelLagBenchmark {

    private static final int COMMANDS = 300;

    private static final int PER_SECOND = 20;

    private final DevStack stack = TestStack.get();

    @Test
    void lagOfTheAuditTrailUnderSteadyLoad() throws Exception {
        List<Long> raw = rawRoundTrips();
        Api api = Api.as("acme", "project_manager");
        List<String> projects = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            projects.add(api.createProject("Lag " + i + " " + UUID.randomUUID()));
        }
        Quiescence.await(stack);
        HopBreakdown hops = HopBreakdown.start(stack, DevStack.PROJECT, DevStack.REPORTING);
        long start = System.nanoTime();
        for (int i = 0; i < COMMANDS; i++) {
            pace(start, i);
            api.put("/api/v1/projects/" + projects.get(i % projects.size()) + "/name", "{\"name\":\"Lag " + i + "\"}");
        }
        Quiescence.await(stack);
        List<Long> lags = new ArrayList<>();
        try (ReadModelProbe mongo = ReadModelProbe.reporting(stack)) {
            for (String project : projects) {
                for (Document entry : mongo.find("audit_entries", new Document("aggregateId", project))) {
                    if (entry.getLong("aggregateSequence") > 1) {
                        lags.add(entry.get("recordedAt", Date.class).getTime()
                                - entry.get("eventTime", Date.class).getTime());
                    }
                }
            }
        }
        Collections.sort(lags);
        Collections.sort(raw);
        System.out.printf("%nEvent-to-read-model lag at %d commands/s (%d events): p50 %d ms, p99 %d ms; raw Kafka round"
                + " trip p50 %d ms, p99 %d ms; ratios p50 %.1f, p99 %.1f%n", PER_SECOND, lags.size(), pct(lags, 50),
                pct(lags, 99), pct(raw, 50), pct(raw, 99), (double) pct(lags, 50) / Math.max(1, pct(raw, 50)),
                (double) pct(lags, 99) / Math.max(1, pct(raw, 99)));
        System.out.println("By hop (project-service publishing, reporting-service consuming):");
        hops.report().forEach(System.out::println);
    }

    /**
     * The same number of messages at the same pace through a bare producer and a consumer polling in its own
     * thread (as a listener container does), in milliseconds from send to receipt.
     */
    private List<Long> rawRoundTrips() throws Exception {
        String topic = "pmo.benchmark.raw-" + UUID.randomUUID();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                stack.kafkaBootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
        }
        List<Long> trips = Collections.synchronizedList(new ArrayList<>());
        try (KafkaProducer<String, Long> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers(), ProducerConfig.ACKS_CONFIG,
                "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true), new StringSerializer(), new LongSerializer())) {
            producer.send(new ProducerRecord<>(topic, "warm-up", System.currentTimeMillis())).get();
            java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(1);
            Thread consumerThread = new Thread(() -> {
                try (KafkaConsumer<String, Long> consumer = new KafkaConsumer<>(Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers(),
                        ConsumerConfig.GROUP_ID_CONFIG, topic, ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                        new StringDeserializer(), new LongDeserializer())) {
                    consumer.subscribe(List.of(topic));
                    int received = 0;
                    while (received < COMMANDS) {
                        for (ConsumerRecord<String, Long> record : consumer.poll(Duration.ofMillis(100))) {
                            if (record.key().equals("warm-up")) {
                                ready.countDown();
                            }
                            else {
                                trips.add(System.currentTimeMillis() - record.value());
                                received++;
                            }
                        }
                    }
                }
            });
            consumerThread.start();
            ready.await();
            long start = System.nanoTime();
            for (int i = 0; i < COMMANDS; i++) {
                pace(start, i);
                producer.send(new ProducerRecord<>(topic, "key-" + (i % 10), System.currentTimeMillis())).get();
            }
            consumerThread.join(60_000);
        }
        return new ArrayList<>(trips);
    }

    private static void pace(long start, int i) throws InterruptedException {
        long due = start + i * 1_000_000_000L / PER_SECOND;
        long wait = due - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }

    private static long pct(List<Long> sorted, int percentile) {
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percentile / 100));
    }
}
