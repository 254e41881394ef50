package io.pmo.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.pmo.events.common.CloudEvent;

/**
 * No loss across a crash: the whole stack runs in a child JVM that is killed with SIGKILL (no clean stop)
 * while four threads send 500 commands; after a restart on the same data, every stored event is in the read
 * model exactly once and the read model equals a fresh replay of the topic.
 */
class CrashRecoveryIT {

    private static final int COMMANDS = 500;

    private final List<Process> children = new ArrayList<>();

    @AfterEach
    void stopChildren() throws Exception {
        for (Process child : children) {
            if (child.isAlive()) {
                child.destroy();
                if (!child.waitFor(60, TimeUnit.SECONDS)) {
                    child.destroyForcibly();
                }
            }
        }
    }

    @Test
    void afterAKillNineEveryStoredEventReachesTheReadModelExactlyOnce() throws Exception {
        Path data = Files.createTempDirectory("pmo-crash-");
        DevStack.Ports ports = DevStack.Ports.free();
        Process first = startChild(data, ports, "first");
        Api api = Api.at("http://localhost:" + ports.gateway(), "http://localhost:" + ports.issuer(), "acme",
                "project_manager");

        ConcurrentLinkedQueue<String[]> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicInteger issued = new AtomicInteger();
        AtomicBoolean down = new AtomicBoolean();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        for (int t = 0; t < 4; t++) {
            clients.submit(() -> sendCommands(api, issued, acknowledged, down));
        }
        await().atMost(Duration.ofMinutes(5)).until(() -> acknowledged.size() >= COMMANDS / 2);
        first.destroyForcibly();
        down.set(true);
        first.waitFor(60, TimeUnit.SECONDS);
        clients.shutdown();
        assertThat(clients.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        int acknowledgedAtKill = acknowledged.size();
        assertThat(acknowledgedAtKill).isGreaterThanOrEqualTo(COMMANDS / 2).isLessThan(COMMANDS);

        startChild(data, ports, "second");
        StoreProbe store = new StoreProbe("jdbc:postgresql://localhost:" + ports.postgres() + "/pmo_project");
        TopicProbe topic = new TopicProbe("localhost:" + ports.kafka());
        Quiescence.await(store, topic, Duration.ofMinutes(3));

        List<StoreProbe.StoredEvent> events = store.events();
        Set<String> storedKeys = new HashSet<>();
        events.forEach(e -> storedKeys.add(e.aggregateId() + "#" + e.sequence()));
        for (String[] ack : acknowledged) {
            assertThat(storedKeys).as("acknowledged command %s", String.join("@", ack)).contains(ack[0] + "#" + ack[1]);
        }

        try (ReadModelProbe mongo = new ReadModelProbe("mongodb://localhost:" + ports.mongo(), "pmo_reporting")) {
            List<Document> audit = mongo.all("audit_entries");
            List<String> auditKeys = audit.stream()
                    .map(d -> d.getString("aggregateId") + "#" + ((Number) d.get("aggregateSequence")).longValue())
                    .toList();
            assertThat(auditKeys).doesNotHaveDuplicates();
            assertThat(new HashSet<>(auditKeys)).isEqualTo(storedKeys);

            Map<String, Map<String, Object>> replayed = replay(topic.readAll("pmo.project.events"));
            Map<String, Map<String, Object>> readModel = new HashMap<>();
            for (Document row : mongo.all("report_projects")) {
                readModel.put(row.getString("_id"), Map.of("name", row.getString("name"), "status",
                        row.getString("status"), "lastSequence", ((Number) row.get("lastSequence")).longValue()));
            }
            assertThat(readModel).isEqualTo(replayed);
            assertThat(readModel.values().stream().mapToLong(r -> (Long) r.get("lastSequence") + 1).sum())
                    .isEqualTo(events.size());
        }
        System.out.printf("crash test: %d commands acknowledged before the kill, %d events stored%n",
                acknowledgedAtKill, events.size());
    }

    /** Sends creates and renames until 500 were issued or the stack is gone; records each acknowledgement. */
    private static void sendCommands(Api api, AtomicInteger issued, ConcurrentLinkedQueue<String[]> acknowledged,
            AtomicBoolean down) {
        String projectId = null;
        long version = 0;
        while (!down.get() && issued.incrementAndGet() <= COMMANDS) {
            try {
                if (projectId == null || version >= 4) {
                    projectId = api.createProject("Crash " + issued.get());
                    version = 0;
                    acknowledged.add(new String[] { projectId, "0" });
                }
                else {
                    Api.Response response = api.put("/api/v1/projects/" + projectId + "/name",
                            "{\"name\":\"Crash rename " + issued.get() + "\"}");
                    if (response.status() != 200) {
                        return;
                    }
                    version = response.json().get("version").asLong();
                    acknowledged.add(new String[] { projectId, Long.toString(version) });
                }
            }
            catch (RuntimeException | AssertionError ex) {
                return;
            }
        }
    }

    /** Folds the topic as a fresh consumer would: per project, skip what its sequence says was applied. */
    private static Map<String, Map<String, Object>> replay(List<ConsumerRecord<String, byte[]>> records) {
        Map<String, String> names = new HashMap<>();
        Map<String, String> statuses = new HashMap<>();
        Map<String, Long> sequences = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            CloudEvent event = CloudEvent.parse(record.value());
            String id = event.subject();
            if (event.aggregatesequence() <= sequences.getOrDefault(id, -1L)) {
                continue;
            }
            JsonNode data = event.data();
            switch (event.type()) {
                case "io.pmo.project.ProjectCreated.v1" -> {
                    names.put(id, data.get("name").asText());
                    statuses.put(id, data.get("status").asText());
                }
                case "io.pmo.project.ProjectRenamed.v1" -> names.put(id, data.get("name").asText());
                case "io.pmo.project.ProjectStatusChanged.v1" -> statuses.put(id, data.get("to").asText());
                default -> { }
            }
            sequences.put(id, event.aggregatesequence());
        }
        Map<String, Map<String, Object>> rows = new HashMap<>();
        sequences.forEach((id, seq) -> rows.put(id, Map.of("name", names.get(id), "status", statuses.get(id),
                "lastSequence", seq)));
        return rows;
    }

    private Process startChild(Path data, DevStack.Ports ports, String label) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx1g");
        command.add("-Daxoniq.update-checker.disabled=true");
        command.add("-Ddisable-axoniq-console-message=true");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(DevStack.class.getName());
        command.add("--data-dir=" + data);
        command.addAll(ports.asArgs());
        File log = data.resolve("devstack-" + label + ".log").toFile();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
        children.add(process);
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(250)).until(() -> {
            if (!process.isAlive()) {
                throw new AssertionError("dev stack exited: " + Files.readString(log.toPath()));
            }
            return Files.readString(log.toPath()).contains("DEVSTACK READY");
        });
        return process;
    }
}
