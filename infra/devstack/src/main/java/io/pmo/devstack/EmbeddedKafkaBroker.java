package io.pmo.devstack;

import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;

/**
 * A real Apache Kafka broker in KRaft mode (combined broker and controller, one node) inside this JVM. Its log
 * directory is formatted once; a restart on the same directory keeps every topic and offset. A test can
 * {@link #stop} it and {@link #restart} it on the same ports and directory, as an operator would bounce a broker.
 */
final class EmbeddedKafkaBroker implements AutoCloseable {

    private final KafkaConfig config;

    private final int port;

    /** The running server, or null while stopped. */
    private KafkaRaftServer server;

    private EmbeddedKafkaBroker(KafkaConfig config, int port) {
        this.config = config;
        this.port = port;
    }

    static EmbeddedKafkaBroker start(Path logDirectory, int port, int controllerPort) throws Exception {
        Files.createDirectories(logDirectory);
        String logDir = logDirectory.toAbsolutePath().toString();
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", "1");
        props.put("controller.quorum.voters", "1@localhost:" + controllerPort);
        props.put("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
        props.put("controller.listener.names", "CONTROLLER");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.put("log.dirs", logDir);
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "5");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        props.put("auto.create.topics.enable", "false");
        props.put("num.partitions", "3");
        props.put("log.retention.ms", "-1");
        KafkaConfig config = new KafkaConfig(props, false);
        if (!Files.exists(logDirectory.resolve("meta.properties"))) {
            new Formatter()
                    .setClusterId(Uuid.randomUuid().toString())
                    .setNodeId(1)
                    .setControllerListenerName("CONTROLLER")
                    .setMetadataLogDirectory(logDir)
                    .setDirectories(List.of(logDir))
                    .setReleaseVersion(MetadataVersion.latestProduction())
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .run();
        }
        EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(config, port);
        broker.restart();
        return broker;
    }

    /** Starts a new server on the same configuration (ports, log directory): topics and offsets are kept. */
    synchronized void restart() {
        if (server != null) {
            throw new IllegalStateException("The broker on port " + port + " is running");
        }
        KafkaRaftServer started = new KafkaRaftServer(config, Time.SYSTEM);
        started.startup();
        server = started;
    }

    /** Shuts the server down cleanly and waits until it is; its clients see the broker gone. */
    synchronized void stop() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
        }
    }

    String bootstrapServers() {
        return "localhost:" + port;
    }

    @Override
    public void close() {
        stop();
    }
}
